
@Test
void acceptsAValidObject() throws NotAllowedException {
    assertThat(webhook.validate(withFoo("bar"), null, Operation.CREATE)).isEmpty();
    assertThat(webhook.validate(withFoo("baz"), withFoo("bar"), Operation.UPDATE)).isEmpty();
    assertThat(webhook.validate(null, withFoo("bar"), Operation.DELETE)).isEmpty();
}
<#if resource.fooExample>

@Test
void refusesABlankFoo() {
    assertThatThrownBy(() -> webhook.validate(withFoo(" "), null, Operation.CREATE))
            .isInstanceOf(NotAllowedException.class)
            .hasMessageContaining("spec.foo must not be blank");
    assertThatThrownBy(() -> webhook.validate(withFoo(""), withFoo("bar"), Operation.UPDATE))
            .isInstanceOf(NotAllowedException.class);
}

@Test
void warnsAboutSpacesAroundFoo() throws NotAllowedException {
    assertThat(webhook.validate(withFoo(" bar "), null, Operation.CREATE))
            .singleElement().asString().contains("spaces around it");
}
</#if>
