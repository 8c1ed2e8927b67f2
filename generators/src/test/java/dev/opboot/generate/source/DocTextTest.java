package dev.opboot.generate.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The controller-gen expectations here were checked against controller-gen v0.17.3 itself, with the
 * same text as Go doc comments ({@code //} + what follows the {@code *} of each line).
 */
class DocTextTest {

  // --- controller-gen's rules -------------------------------------------------------------------

  @Test
  void noCommentIsNoDescription() {
    assertThat(DocText.description(null)).isEmpty();
    assertThat(DocText.description("")).isEmpty();
    assertThat(DocText.description("\n\n  \n")).isEmpty();
  }

  @Test
  void removesTheOneSpaceJavacLeavesAfterTheStar() {
    // /**
    //  * First line.
    //  * Second line.
    //  */
    assertThat(DocText.description(" First line.\n Second line.\n"))
        .isEqualTo("First line.\nSecond line.");
  }

  @Test
  void oneLineComment() {
    // /** One liner. */ arrives without the leading space and with the trailing one
    assertThat(DocText.description("One liner. ")).isEqualTo("One liner.");
  }

  @Test
  void keepsLineBreaksAndOneBlankLineBetweenParagraphs() {
    assertThat(DocText.description(" Para one,\n still one.\n\n\n\n Para two.\n"))
        .isEqualTo("Para one,\nstill one.\n\nPara two.");
  }

  @Test
  void dropsLeadingAndTrailingBlankLines() {
    assertThat(DocText.description("\n\n Text.\n\n\n")).isEqualTo("Text.");
  }

  @Test
  void keepsIndentationBeyondTheFirstSpaceAndTabs() {
    assertThat(DocText.description(" Example:\n     indented four\n\ttab\n"))
        .isEqualTo("Example:\n    indented four\n\ttab");
  }

  @Test
  void stripsTrailingWhitespace() {
    assertThat(DocText.description(" spaces   \n tab\t\n end")).isEqualTo("spaces\ntab\nend");
  }

  @Test
  void keepsTrailingNonBreakingSpaces() {
    assertThat(DocText.description(" A\n \u00A0\n B")).isEqualTo("A\n\u00A0\nB");
  }

  @Test
  void dropsTodoLinesOnly() {
    assertThat(DocText.description(" Before.\n TODO(someone): fix\n TODOS count too\n After."))
        .isEqualTo("Before.\nAfter.");
  }

  @Test
  void keepsIndentedTodo() {
    assertThat(DocText.description(" Before.\n  TODO indented\n"))
        .isEqualTo("Before.\n TODO indented");
  }

  @Test
  void droppingATodoParagraphLeavesBothBlankLines() {
    assertThat(DocText.description(" Before.\n\n TODO drop\n\n After."))
        .isEqualTo("Before.\n\n\nAfter.");
  }

  @Test
  void aTodoLastAfterABlankLineLeavesATrailingNewline() {
    assertThat(DocText.description(" Text.\n\n TODO last")).isEqualTo("Text.\n");
  }

  @Test
  void aTodoAloneIsNoDescription() {
    assertThat(DocText.description(" TODO only")).isEmpty();
  }

  @Test
  void threeDashesEndTheDescription() {
    assertThat(DocText.description(" Keep.\n ---\n Dropped.\n TODO x")).isEqualTo("Keep.");
    assertThat(DocText.description(" Keep.\n --- any text\n Dropped.")).isEqualTo("Keep.");
    assertThat(DocText.description(" Keep.\n\n ---\n Dropped.")).isEqualTo("Keep.\n");
    assertThat(DocText.description(" ---\n Dropped.")).isEmpty();
  }

  @Test
  void dashesMustStartTheLine() {
    assertThat(DocText.description(" Keep.\n  ---\n a --- b")).isEqualTo("Keep.\n ---\na --- b");
  }

  @Test
  void fencedCodeBlocksKeepTodoAndDashes() {
    assertThat(DocText.description(" Para.\n\n ```yaml\n TODO kept\n ---\n ```\n tail\n TODO gone"))
        .isEqualTo("Para.\n\n```yaml\nTODO kept\n---\n```\ntail");
    assertThat(DocText.description(" ~~~\n ---\n ~~~\n ---\n gone")).isEqualTo("~~~\n---\n~~~");
  }

  @Test
  void anUnclosedFenceKeepsEverythingAfterIt() {
    assertThat(DocText.description(" ```\n open\n ---\n TODO")).isEqualTo("```\nopen\n---\nTODO");
  }

  @Test
  void linesStartingWithPlusAreMarkerCommentsInGo() {
    assertThat(DocText.description(" +optional\n Real text.\n   +indented too\n more"))
        .isEqualTo("Real text.\nmore");
    assertThat(DocText.description(" A\n\n +marker\n\n B")).isEqualTo("A\n\nB");
  }

  @Test
  void carriageReturnsAreLineBreaks() {
    assertThat(DocText.description(" A\r\n B\r\n\r\n C")).isEqualTo("A\nB\n\nC");
  }

  // --- Javadoc ----------------------------------------------------------------------------------

  @Test
  void blockTagsAreDropped() {
    assertThat(DocText.description(" Text.\n\n @param x the x\n @return y\n @see Foo\n more"))
        .isEqualTo("Text.");
    assertThat(DocText.description(" Text.\n @deprecated use {@link Other}\n @since 1.2"))
        .isEqualTo("Text.");
    assertThat(DocText.description("@author me")).isEmpty();
    assertThat(DocText.description(" mail me@example.com\n   @ alone stays"))
        .isEqualTo("mail me@example.com\n  @ alone stays");
  }

  @Test
  void codeAndLiteral() {
    assertThat(DocText.description(" Use {@code kubectl get} or {@literal a<b & c>}."))
        .isEqualTo("Use kubectl get or a<b & c>.");
    assertThat(DocText.description(" {@code Map<String, {x}>} and {@code  two}"))
        .isEqualTo("Map<String, {x}> and  two");
    assertThat(DocText.description(" {@code &lt;b&gt;}")).isEqualTo("&lt;b&gt;");
  }

  @Test
  void links() {
    assertThat(DocText.description(" See {@link Widget}, {@link Foo#bar}, {@link #name}."))
        .isEqualTo("See Widget, Foo.bar, name.");
    assertThat(
            DocText.description(
                " {@link Foo#bar(int, long)} and {@linkplain java.base/java.util.List}"))
        .isEqualTo("Foo.bar(int, long) and java.util.List");
    assertThat(DocText.description(" See {@link Foo#bar(int, long) the <b>bar</b> method}."))
        .isEqualTo("See the bar method.");
    assertThat(DocText.description(" {@linkplain Foo label}")).isEqualTo("label");
  }

  @Test
  void valueInheritDocAndOthers() {
    assertThat(DocText.description(" At most {@value Limits#MAX}.{@value}{@inheritDoc}"))
        .isEqualTo("At most Limits.MAX.");
    assertThat(DocText.description(" {@inheritDoc}\n Own text.")).isEqualTo("Own text.");
    assertThat(DocText.description(" {@return the number of replicas}"))
        .isEqualTo("Returns the number of replicas.");
    assertThat(
            DocText.description(
                " {@summary Short.} Long. {@index \"multi word\" why} {@systemProperty user.home}"))
        .isEqualTo("Short. Long. multi word user.home");
    assertThat(DocText.description(" {@custom some text}")).isEqualTo("some text");
  }

  @Test
  void snippetsBecomeTheirBody() {
    assertThat(
            DocText.description(
                " Example:\n {@snippet lang=yaml :\n spec:\n   size: 3\n }\n After."))
        .isEqualTo("Example:\nspec:\n  size: 3\nAfter.");
  }

  @Test
  void anUnclosedInlineTagStaysAsWritten() {
    assertThat(DocText.description(" Broken {@code x")).isEqualTo("Broken {@code x");
  }

  @Test
  void paragraphElements() {
    assertThat(DocText.description(" One.\n <p>Two.\n\n <p>\n Three.</p><p>Four.</p>"))
        .isEqualTo("One.\n\nTwo.\n\nThree.\n\nFour.");
    assertThat(DocText.description(" <p>Leading paragraph.")).isEqualTo("Leading paragraph.");
    assertThat(DocText.description(" One. <P class=\"x\"> Two.")).isEqualTo("One.\n\nTwo.");
  }

  @Test
  void lineBreaks() {
    assertThat(DocText.description(" A<br>B<br/><br />C\n D<br>\n E")).isEqualTo("A\nB\n\nC\nD\nE");
  }

  @Test
  void inlineElementsLeaveTheirText() {
    assertThat(
            DocText.description(
                " A <code>b</code> <b>c</b> <i>d</i> <em>e</em> <strong>f</strong>"
                    + " <a href=\"https://k8s.io\">g</a><!-- hidden -->."))
        .isEqualTo("A b c d e f g.");
  }

  @Test
  void entities() {
    assertThat(
            DocText.description(
                " &lt;1 &amp;&amp; &gt;0 &quot;q&quot; &apos;s&apos; a&nbsp;b &#64; &#x41; &copy; a & b"))
        .isEqualTo("<1 && >0 \"q\" 's' a\u00A0b @ A &copy; a & b");
  }

  @Test
  void unknownTagsStayAsWritten() {
    assertThat(DocText.description(" A List<String> where a < b and <notatag>"))
        .isEqualTo("A List<String> where a < b and <notatag>");
  }

  @Test
  void unorderedLists() {
    assertThat(
            DocText.description(
                " Policies:\n <ul>\n   <li>{@code Always}: pull</li>\n   <li>{@code Never}: never\n       pull</li>\n </ul>\n Done."))
        .isEqualTo("Policies:\n- Always: pull\n- Never: never\n      pull\nDone.");
  }

  @Test
  void orderedAndNestedLists() {
    assertThat(DocText.description(" <ol><li>first<li>second</ol>"))
        .isEqualTo("1. first\n2. second");
    assertThat(
            DocText.description(
                " <ul>\n <li>outer\n   <ul><li>inner</li></ul>\n </li>\n <li>next</ul>"))
        .isEqualTo("- outer\n  - inner\n- next");
  }

  @Test
  void preformattedCodeKeepsItsIndentation() {
    assertThat(
            DocText.description(
                " Example:\n <pre>{@code\n   spec:\n     replicas: 3\n }</pre>\n After."))
        .isEqualTo("Example:\n  spec:\n    replicas: 3\nAfter.");
  }

  @Test
  void renderedTextThenFollowsControllerGenRules() {
    // renders as "A.", "", "TODO: ...", "", "---", "B."
    assertThat(DocText.description(" A.\n <p>TODO: a TODO line once rendered\n <p>---\n B."))
        .isEqualTo("A.\n\n");
  }

  // --- where javac's reading needs help (DocTreesParser)
  // ------------------------------------------

  @Test
  void aReferenceJavacCannotParseStaysAsWritten() {
    // JDK 17's javac throws on these outside a compilation; later JDKs find them erroneous
    assertThat(
            DocText.description(" See {@link http://k8s.io} and {@link Foo.}; {@link Bar} works."))
        .isEqualTo("See {@link http://k8s.io} and {@link Foo.}; Bar works.");
  }

  @Test
  void elementsThatFrameAnHtmlFileAreText() {
    assertThat(DocText.description(" Put it in <body> or </main> of the page.\n <main>\n B"))
        .isEqualTo("Put it in <body> or </main> of the page.\n<main>\nB");
  }

  @Test
  void aLineStartingWithAtInsideATagStartsNoBlockTags() {
    assertThat(
            DocText.description(
                " Example:\n <pre>{@code\n @Annotated\n class X {}\n }</pre>\n After.\n @param x y"))
        .isEqualTo("Example:\n@Annotated\nclass X {}\nAfter.");
    assertThat(DocText.description(" a\n @1 and\n @@ too")).isEqualTo("a\n@1 and\n@@ too");
  }

  @Test
  void aLabelWithElementsInsidePre() {
    // JDK 25 drops part of such a label's nodes; the label is read on its own
    assertThat(DocText.description(" <pre>{@link Foo the <b>label</b>}</pre>"))
        .isEqualTo("the label");
  }

  @Test
  void realisticJavadoc() {
    // What javac returns for:
    //   /**
    //    * WidgetSpec is the desired state of a {@link Widget}.
    //    *
    //    * <p>Widgets are reconciled every {@code 30s}; see
    //    * {@link dev.opboot.Reconciler#reconcile(Context, Widget) the reconciler}.
    //    * Values must be &lt; 100 &amp; &gt; 0.
    //    *
    //    * <p>Pull policies:
    //    * <ul>
    //    *   <li>{@code Always}: pull every time</li>
    //    *   <li>{@code Never}: never pull</li>
    //    * </ul>
    //    * TODO: remove in v2
    //    *
    //    * @param size ignored
    //    * @see Foo
    //    */
    String javadoc =
        """
         WidgetSpec is the desired state of a {@link Widget}.

         <p>Widgets are reconciled every {@code 30s}; see
         {@link dev.opboot.Reconciler#reconcile(Context, Widget) the reconciler}.
         Values must be &lt; 100 &amp; &gt; 0.

         <p>Pull policies:
         <ul>
           <li>{@code Always}: pull every time</li>
           <li>{@code Never}: never pull</li>
         </ul>
         TODO: remove in v2

         @param size ignored
         @see Foo
        """;
    assertThat(DocText.description(javadoc))
        .isEqualTo(
            """
        WidgetSpec is the desired state of a Widget.

        Widgets are reconciled every 30s; see
        the reconciler.
        Values must be < 100 & > 0.

        Pull policies:
        - Always: pull every time
        - Never: never pull""");
  }

  // --- maxDescLen -------------------------------------------------------------------------------

  @Test
  void truncateLeavesShortDescriptionsAlone() {
    assertThat(DocText.truncate("Short.", 6)).isEqualTo("Short.");
    assertThat(DocText.truncate("Short.", 100)).isEqualTo("Short.");
  }

  @Test
  void truncateZeroDropsAndNegativeKeeps() {
    assertThat(DocText.truncate("Anything at all.", 0)).isEmpty();
    assertThat(DocText.truncate("Anything at all.", -1)).isEqualTo("Anything at all.");
  }

  @Test
  void truncateCutsAfterTheLastSentenceEnd() {
    assertThat(
            DocText.truncate(
                "This is a sentence. This is a second, longer sentence that goes on.", 40))
        .isEqualTo("This is a sentence.");
    assertThat(DocText.truncate("Really? Yes! And then some more words here", 20))
        .isEqualTo("Really? Yes!");
    assertThat(DocText.truncate("See v1.2 for more info about everything here", 40))
        .isEqualTo("See v1.");
    assertThat(DocText.truncate("Keep.\n ---\nindented dashes kept", 5)).isEqualTo("Keep.");
  }

  @Test
  void truncateOtherwiseCutsAtTheLastWhiteSpaceAndAddsDots() {
    assertThat(DocText.truncate("Short words only but no terminal here just words going on", 40))
        .isEqualTo("Short words only but no terminal here...");
    assertThat(DocText.truncate("Keep this.\n", 5)).isEqualTo("Keep...");
    assertThat(DocText.truncate("no space line\n two spaces\ntrailing spaces", 40))
        .isEqualTo("no space line\n two spaces\ntrailing...");
  }

  @Test
  void truncateOtherwiseCutsHardAndAddsDots() {
    assertThat(DocText.truncate("Averyveryveryveryveryverylongwordwithoutanyspaces", 40))
        .isEqualTo("Averyveryveryveryveryverylongwordwithout...");
  }

  @Test
  void terminatorOrSpaceAtTheVeryStartDoesNotCount() {
    assertThat(DocText.truncate(".abcdefgh", 5)).isEqualTo(".abcd...");
    assertThat(DocText.truncate(" abcdefgh", 5)).isEqualTo(" abcd...");
  }

  @Test
  void truncateCountsUtf8Bytes() {
    assertThat(DocText.truncate("Ünïcödé wörds ärë hérë änd thëy gö ön änd ön", 40))
        .isEqualTo("Ünïcödé wörds ärë hérë änd...");
    assertThat(DocText.truncate("ÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄ", 40))
        .isEqualTo("ÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄ...");
    assertThat(DocText.truncate("a\u00A0word and more", 6)).isEqualTo("a...");
  }

  @Test
  void truncateSplittingACharacterLeavesReplacementCharacters() {
    assertThat(DocText.truncate("ÄÄÄÄÄÄ", 5)).isEqualTo("ÄÄ\uFFFD...");
    assertThat(DocText.truncate("Pre。Pre。", 5)).isEqualTo("Pre\uFFFD\uFFFD...");
    // a wide sentence terminator keeps only its first byte
    assertThat(DocText.truncate("Pre。Pre。Pre。Pre。Pre。Pre。Pre。", 40))
        .isEqualTo("Pre。Pre。Pre。Pre。Pre。Pre\uFFFD");
    assertThat(DocText.truncate("ab😀cdef", 4)).isEqualTo("ab\uFFFD\uFFFD...");
    assertThat(DocText.truncate("ab\uD836\uDC00cd ef", 7))
        .isEqualTo("ab\uD836\uDC00c..."); // U+1D800
  }

  @Test
  void sentenceTerminalsAndWhiteSpaceFollowUnicode() {
    assertThat(DocText.isSentenceTerminal('.')).isTrue();
    assertThat(DocText.isSentenceTerminal('!')).isTrue();
    assertThat(DocText.isSentenceTerminal('?')).isTrue();
    assertThat(DocText.isSentenceTerminal('。')).isTrue();
    assertThat(DocText.isSentenceTerminal(0x0964)).isTrue(); // DEVANAGARI DANDA
    assertThat(DocText.isSentenceTerminal(',')).isFalse();
    assertThat(DocText.isSentenceTerminal(':')).isFalse();
    assertThat(DocText.isSentenceTerminal('…')).isFalse();
    assertThat(DocText.isWhiteSpace('\n')).isTrue();
    assertThat(DocText.isWhiteSpace(0x3000)).isTrue();
    assertThat(DocText.isWhiteSpace(0x200B)).isFalse(); // zero width space
    int[] table = DocText.stermTable();
    for (int i = 3; i < table.length; i += 3) {
      assertThat(table[i]).isGreaterThan(table[i - 2]);
    }
  }
}
