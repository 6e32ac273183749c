import 'next-auth';
import 'next-auth/jwt';

declare module 'next-auth' {
  interface Session {
    /** epoch: the user's session epoch at sign-in; authTime: sign-in time (seconds since 1970); sid: this session's id. */
    user: { id: string; name: string; epoch: number | null; authTime: number | null; sid: string | null };
  }
  interface User {
    epoch?: number;
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    epoch?: number;
    authTime?: number;
    sid?: string;
  }
}
