@dev.opboot.annotations.ConversionWebhook
