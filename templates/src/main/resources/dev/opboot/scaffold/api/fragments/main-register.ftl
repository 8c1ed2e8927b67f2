operator.register(new [=resource.reconciler]()<#if project.namespaced>, watching(namespaces)</#if>);
