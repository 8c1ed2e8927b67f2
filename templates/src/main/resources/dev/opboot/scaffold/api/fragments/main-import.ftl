import [=project.controllerPackage].[=resource.reconciler];
