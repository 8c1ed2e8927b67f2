operator.register(new [=resource.reconciler]());
