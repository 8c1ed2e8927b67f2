<#if resource.fooExample>

@Test
void anInvalidObjectIsRefusedWithTheValidatorsMessage() {
    LocalWebhooks.Answer refused = webhooks.await(withFoo("refused", " "), answer -> answer.code() != 201, TIMEOUT);
    assertThat(refused.code()).as(refused.body()).isBetween(400, 499);
    assertThat(refused.body()).contains("[=webhook.validateName]", "spec.foo must not be blank");
    assertThat(webhooks.create(withFoo("refused", " "), false).code()).isBetween(400, 499);
    assertThat(client.resources([=resource.kind].class)<#if resource.namespaced>.inNamespace(namespace)</#if>
            .withName("refused").get()).isNull();
}

@Test
void theValidatorsWarningReachesTheClient() {
    LocalWebhooks.Answer warned = webhooks.await(withFoo("warned", " bar "), answer -> !answer.warnings().isEmpty(),
            TIMEOUT);
    assertThat(warned.code()).as(warned.body()).isEqualTo(201);
    assertThat(warned.warnings()).anySatisfy(warning -> assertThat(warning).contains("spaces around it"));
}
<#else>

@Test
void anObjectIsAdmitted() {
    LocalWebhooks.Answer admitted = webhooks.await(withFoo("admitted", null), answer -> answer.code() == 201, TIMEOUT);
    assertThat(admitted.code()).isEqualTo(201);
}
</#if>
