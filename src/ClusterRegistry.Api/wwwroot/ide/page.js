// Mounts GraphiQL on the page served at the GraphQL endpoint itself, so it queries the address it was loaded from.
(function () {
  var defaultQuery = [
    '# 中小企业特色产业集群 · ClusterRegistry GraphQL API',
    '# Run with Ctrl-Enter; the Docs pane lists every type and field.',
    '',
    'query GuangzhouClusters {',
    '  clusters(search: "广州", first: 5) {',
    '    totalCount',
    '    nodes {',
    '      name',
    '      leadIndustry',
    '    }',
    '  }',
    '}',
    '',
  ].join('\n');

  var fetcher = GraphiQL.createFetcher({ url: window.location.pathname });
  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, { fetcher: fetcher, defaultQuery: defaultQuery }));
})();
