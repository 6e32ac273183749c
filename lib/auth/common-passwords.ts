/**
 * Passwords too common to allow, compared in lower case: the top of public leak lists and the
 * patterns seen in Chinese offices (pinyin, 123456 variants, dates, keyboard walks), and this
 * system's own demo password. Shipped with the app: nothing is downloaded.
 */
export const COMMON_PASSWORDS: ReadonlySet<string> = new Set([
  'password', 'password1', 'password12', 'password123', 'password1234', 'passw0rd', 'p@ssw0rd', 'p@ssword', 'p@ssword1', 'p@ssw0rd1', 'p@ssw0rd123',
  'password!', 'password@123', 'password#1', 'admin123', 'admin1234', 'admin12345', 'admin@123', 'admin@1234', 'admin123456', 'administrator',
  'root123', 'root@123', 'root1234', 'welcome1', 'welcome123', 'welcome@123', 'letmein1', 'iloveyou1', 'sunshine1', 'princess1',
  'qwerty123', 'qwerty1234', 'qwerty12345', 'qwertyuiop', 'qwe123456', 'qweasdzxc', 'qweasd123', '1qaz2wsx', '1qaz@wsx', '1qaz2wsx3edc',
  '1q2w3e4r', '1q2w3e4r5t', '1q2w3e4r5t6y', 'zaq12wsx', 'zxcvbnm123', 'asdfghjkl', 'asd123456', 'abc123456', 'abc1234567', 'abcd123456',
  'abcd1234', 'abcd@1234', 'abc@123456', 'a123456789', 'a1234567890', 'aa123456', 'aa12345678', 'a12345678', 'qq123456', 'qq123456789',
  '123456789a', '12345678a', '1234567890a', '123456abc', '123456qwe', '123qwe!@#', '123qweasd', '1234qwer', '1234abcd', '123abc456',
  'woaini1314', 'woaini520', 'woaini123', 'iloveyou520', '5201314abc', 'aini1314520', 'zhang123456', 'wang123456', 'li123456789', 'liu123456',
  'chen123456', 'yang123456', 'zhao123456', 'huang123456', 'zhou123456', 'wu123456789', 'xu123456789', 'sun123456', 'ma123456789', 'zhu123456',
  'caiwu123456', 'caiwu@123', 'caiwu2023', 'caiwu2024', 'yusuan123', 'yusuan2023', 'yusuan2024', 'caizheng123', 'caizheng2023', 'shenhe123',
  'budget2023', 'budget2024', 'budget123', 'finance123', 'finance2023', 'changeme1', 'changeme123', 'default123', 'test123456', 'test@123',
  'demo@2023', 'demo2023', 'demo@2024', 'china123456', 'china2023', 'beijing2008', 'beijing123', 'shanghai123', 'football1',
  'baseball1', 'dragon123', 'monkey123', 'master123', 'superman1', 'trustno1', 'starwars1', 'whatever1', 'computer1', 'internet1',
  'summer2023', 'summer2024', 'winter2023', 'winter2024', 'spring2024', 'autumn2023', 'company123', 'office123', 'office2023', 'office2024',
  'aa123123', 'aa112233', 'a1b2c3d4e5', 'abcabc123', 'abc123abc', 'zxc123456', 'zxcv1234', 'asdf1234', 'asdf123456', 'qwer1234',
]);
