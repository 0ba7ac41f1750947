import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { Link, useLocation } from 'wouter';
import { graphql } from '../gql';
import { FormError, TextField } from '../components/fields';
import { useAuth } from '../lib/auth';
import { formErrors } from '../lib/errors';
import { handOver } from '../suspension/handover';

const SignInDocument = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      accessToken
      accessTokenExpiresIn
      refreshToken
    }
  }
`);

const SignUpDocument = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      accessToken
      accessTokenExpiresIn
      refreshToken
    }
  }
`);

export function SignInPage() {
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [result, signIn] = useMutation(SignInDocument);
  const { signedIn } = useAuth();
  const [, navigate] = useLocation();
  const errors = formErrors(result.error, ['login', 'password']);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const r = await signIn({ input: { login, password } });
    if (r.data) {
      signedIn(r.data.signIn);
      navigate('/');
    } else if (r.error?.graphQLErrors.some((g) => g.extensions?.code === 'FORBIDDEN')) {
      // Right credentials, suspended account: the suspension page shows why and takes an appeal.
      handOver({ login, password });
      navigate('/suspended');
    }
  }

  return (
    <form className="narrow card" onSubmit={submit} aria-labelledby="signin-title">
      <h1 id="signin-title">Sign in</h1>
      <TextField label="Username or email" name="login" autoComplete="username" required value={login} onChange={(e) => setLogin(e.target.value)} error={errors.fields.login} />
      <TextField label="Password" name="password" type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} error={errors.fields.password} />
      <FormError message={errors.general} />
      <button type="submit" disabled={result.fetching}>Sign in</button>
      <p>
        New here? <Link href="/signup">Create an account</Link>
      </p>
      <p>
        Suspended? <Link href="/suspended">See your suspension and appeal</Link>
      </p>
    </form>
  );
}

export function SignUpPage() {
  const [username, setUsername] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [result, signUp] = useMutation(SignUpDocument);
  const { signedIn } = useAuth();
  const [, navigate] = useLocation();
  const errors = formErrors(result.error, ['username', 'email', 'password']);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const r = await signUp({ input: { username, email, password } });
    if (r.data) {
      signedIn(r.data.signUp);
      navigate('/');
    }
  }

  return (
    <form className="narrow card" onSubmit={submit} aria-labelledby="signup-title">
      <h1 id="signup-title">Create an account</h1>
      <TextField label="Username" name="username" autoComplete="username" required value={username} onChange={(e) => setUsername(e.target.value)} error={errors.fields.username} hint="3–32 letters, digits, _ or -" />
      <TextField label="Email" name="email" type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.target.value)} error={errors.fields.email} />
      <TextField label="Password" name="password" type="password" autoComplete="new-password" required value={password} onChange={(e) => setPassword(e.target.value)} error={errors.fields.password} hint="8–128 characters" />
      <FormError message={errors.general} />
      <button type="submit" disabled={result.fetching}>Create account</button>
      <p>
        Have an account? <Link href="/signin">Sign in</Link>
      </p>
    </form>
  );
}
