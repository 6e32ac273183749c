import NextAuth from 'next-auth';
import { authOptions } from '@/lib/auth/auth-options';

const handler = NextAuth(authOptions);

type Context = { params: Promise<{ nextauth: string[] }> };

/** next-auth answers a GET of the credentials callback with a 500; it is a 405 in Chinese here. */
async function GET(req: Request, context: Context): Promise<Response> {
  if (new URL(req.url).pathname.endsWith('/callback/credentials')) {
    return Response.json({ error: '请通过登录页面提交用户名和密码', code: 'METHOD_NOT_ALLOWED' }, { status: 405, headers: { Allow: 'POST' } });
  }
  return handler(req, context);
}

export { GET, handler as POST };
