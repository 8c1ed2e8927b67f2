
@Test
void defaultsAnObject() throws NotAllowedException {
<#if resource.fooExample>
    assertThat(webhook.defaults(withFoo(null)).getSpec().getFoo()).isEqualTo([=webhook.className].DEFAULT_FOO);
    assertThat(webhook.defaults(withFoo("given")).getSpec().getFoo()).isEqualTo("given");
<#else>
    assertThat(webhook.defaults(withFoo(null))).isNotNull();
</#if>
}
