// Every page, each loaded lazily so the first page carries only what it shows. Protected pages
// send a signed-out visitor to sign in.
import { createBrowserRouter, Navigate } from 'react-router';
import { Layout } from './layout';
import { RouteError } from './routes/route-error';

export const router = createBrowserRouter([
  {
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <Navigate to="/problems" replace /> },
      { path: 'sign-in', lazy: async () => ({ Component: (await import('./routes/sign-in')).SignInRoute }) },
      { path: 'sign-up', lazy: async () => ({ Component: (await import('./routes/sign-up')).SignUpRoute }) },
      { path: 'problems', lazy: async () => ({ Component: (await import('./routes/problems')).ProblemsRoute }) },
      { path: 'problems/:slug', lazy: async () => ({ Component: (await import('./routes/solver')).SolverRoute }) },
      { path: 'mock-interview', lazy: async () => ({ Component: (await import('./routes/mock-interview')).MockInterviewRoute }) },
      { path: 'dashboard', lazy: async () => ({ Component: (await import('./routes/dashboard')).DashboardRoute }) },
      { path: '*', lazy: async () => ({ Component: (await import('./routes/not-found')).NotFoundRoute }) },
    ],
  },
]);
