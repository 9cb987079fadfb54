/// <reference types="vite/client" />

// The build-time variables the app reads (vite/client types any other name as `any`).
interface ImportMetaEnv {
  /** Clerk's publishable key: set, the app signs in with Clerk; unset, with local accounts. */
  readonly VITE_CLERK_PUBLISHABLE_KEY?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
