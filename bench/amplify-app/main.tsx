/**
 * The reference the bench compares sign-in against: AWS Amplify v6's <Authenticator>, configured the
 * way its docs show, on the same local pool and app client as the project. Nothing here is tuned;
 * the signed-in view is the smallest one that shows who is signed in, like the project's header.
 */
import { Authenticator } from '@aws-amplify/ui-react';
import '@aws-amplify/ui-react/styles.css';
import { Amplify } from 'aws-amplify';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

// Written by bench/amplify.ts at build time, from the stack the bench started.
declare const __AMPLIFY_POOL__: { userPoolId: string; userPoolClientId: string; endpoint: string };

Amplify.configure({
  Auth: {
    Cognito: {
      userPoolId: __AMPLIFY_POOL__.userPoolId,
      userPoolClientId: __AMPLIFY_POOL__.userPoolClientId,
      userPoolEndpoint: __AMPLIFY_POOL__.endpoint,
      loginWith: { email: true },
    },
  },
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Authenticator hideSignUp>
      {({ user }) => <header>Signed in as {user?.signInDetails?.loginId ?? user?.username}</header>}
    </Authenticator>
  </StrictMode>,
);
