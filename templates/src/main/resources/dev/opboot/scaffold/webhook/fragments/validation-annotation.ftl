@Webhook(path = "[=webhook.validatePath]", mutating = false, groups = "[=resource.apiGroup]",
        resources = "[=resource.plural]", verbs = {"create", "update"}, versions = "[=resource.version]",
        name = "[=webhook.validateName]")
