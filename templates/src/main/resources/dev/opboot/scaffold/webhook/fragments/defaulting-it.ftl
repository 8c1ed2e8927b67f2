
@Test
void theDefaultIsInTheCreatedObject() {
<#if resource.fooExample>
    webhooks.await(withFoo("defaulted", null),
            answer -> answer.code() == 201 && answer.as(client, [=resource.kind].class).getSpec().getFoo() != null,
            TIMEOUT);
    LocalWebhooks.Answer created = webhooks.create(withFoo("defaulted", null), false);
    assertThat(created.code()).as(created.body()).isEqualTo(201);
    [=resource.kind] stored = client.resources([=resource.kind].class)<#if resource.namespaced>.inNamespace(namespace)</#if>
            .withName("defaulted").get();
    assertThat(stored.getSpec().getFoo()).isEqualTo([=webhook.className].DEFAULT_FOO);
<#else>
    LocalWebhooks.Answer admitted = webhooks.await(withFoo("defaulted", null), answer -> answer.code() == 201, TIMEOUT);
    assertThat(admitted.code()).isEqualTo(201);
</#if>
}
