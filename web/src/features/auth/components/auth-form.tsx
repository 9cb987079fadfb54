// Sign-in and sign-up share one form: email and password, the server's error in an alert, and
// a busy state while the request runs.
import { type FormEvent, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { describeError } from '../../../lib/api-client';
import { useLogin } from '../api/login';
import { useRegister } from '../api/register';

export function AuthForm({ mode }: { mode: 'sign-in' | 'sign-up' }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const login = useLogin();
  const register = useRegister();
  const mutation = mode === 'sign-in' ? login : register;
  const navigate = useNavigate();
  const location = useLocation();
  // Where the protected route sent the learner from; carried between sign-in and sign-up.
  const state = location.state as { from?: string } | null;
  const from = state?.from ?? '/problems';
  const title = mode === 'sign-in' ? 'Sign in' : 'Create your account';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    mutation.mutate(
      { email, password },
      {
        onSuccess: () => {
          void navigate(from, { replace: true });
        },
      },
    );
  };

  return (
    <section className="auth-card" aria-labelledby="auth-title">
      <h1 id="auth-title">{title}</h1>
      <p className="muted">
        {mode === 'sign-in' ? 'Welcome back. Pick up where you left off.' : 'Practice problems and learn why a solution is wrong or slow.'}
      </p>
      <form onSubmit={submit} className="stack" noValidate={false}>
        <label className="field">
          <span>Email</span>
          <input type="email" name="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
        </label>
        <label className="field">
          <span>Password</span>
          <input
            type="password"
            name="password"
            autoComplete={mode === 'sign-in' ? 'current-password' : 'new-password'}
            required
            minLength={mode === 'sign-up' ? 8 : 1}
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            aria-describedby={mode === 'sign-up' ? 'password-hint' : undefined}
          />
          {mode === 'sign-up' && (
            <small id="password-hint" className="muted">
              At least 8 characters.
            </small>
          )}
        </label>
        {mutation.isError && (
          <p role="alert" className="alert alert-error">
            {describeError(mutation.error)}
          </p>
        )}
        <button type="submit" className="button button-primary" disabled={mutation.isPending} aria-busy={mutation.isPending}>
          {mutation.isPending ? 'Please wait…' : mode === 'sign-in' ? 'Sign in' : 'Sign up'}
        </button>
      </form>
      <p className="muted">
        {mode === 'sign-in' ? (
          <>
            New here?{' '}
            <Link to="/sign-up" state={state}>
              Create an account
            </Link>
          </>
        ) : (
          <>
            Already have an account?{' '}
            <Link to="/sign-in" state={state}>
              Sign in
            </Link>
          </>
        )}
      </p>
    </section>
  );
}
