@Webhook(path = "[=webhook.mutatePath]", mutating = true, groups = "[=resource.apiGroup]",
        resources = "[=resource.plural]", verbs = {"create", "update"}, versions = "[=resource.version]",
        name = "[=webhook.mutateName]")
