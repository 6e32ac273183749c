export default function LoginPage() {
  return (
    <main style={{ maxWidth: 360, margin: '10vh auto', padding: 24, background: '#fff', border: '1px solid var(--border)' }}>
      <h1 style={{ fontSize: 20 }}>部门预算编制与公开系统</h1>
      <p>请登录</p>
    </main>
  );
}
