import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import 'graphiql/style.css';
import { ROSTRA_TABS } from './tabs';

// Bundled from the project's own dependencies: the IDE works offline and under a strict CSP.
const wsUrl = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;
const fetcher = createGraphiQLFetcher({ url: '/graphql', subscriptionUrl: wsUrl });

createRoot(document.getElementById('graphiql')!).render(
  <GraphiQL fetcher={fetcher} defaultTabs={ROSTRA_TABS} defaultEditorToolsVisibility="headers" shouldPersistHeaders={false} />,
);
