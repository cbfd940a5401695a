using Corroborate.Core.Tests.Support;
using Corroborate.Documents;
using Corroborate.Quotes;

namespace Corroborate.Core.Tests.Quotes;

public sealed class QuoteExtractorTests
{
    private static (NewsDocument Doc, List<Quote> Quotes) Extract(params string[] paragraphs)
    {
        var doc = Some.Document("test", paragraphs);
        return (doc, QuoteExtractor.Default.Extract(doc));
    }

    private static Quote Single(NewsDocument doc, List<Quote> quotes, string words) =>
        quotes.Single(q => q.TextOf(doc.Text).Contains(words, StringComparison.Ordinal));

    [Theory]
    [InlineData("“The bridge will reopen in March,” said Tomas Pell, the county engineer.")]
    [InlineData("\"The bridge will reopen in March,\" said Tomas Pell, the county engineer.")]
    [InlineData("‘The bridge will reopen in March,’ said Tomas Pell, the county engineer.")]
    [InlineData("'The bridge will reopen in March,' said Tomas Pell, the county engineer.")]
    [InlineData("«The bridge will reopen in March», said Tomas Pell, the county engineer.")]
    [InlineData("„The bridge will reopen in March“, said Tomas Pell, the county engineer.")]
    public void EveryQuoteStyleGivesTheSameDirectQuoteAndSpeaker(string paragraph)
    {
        var (doc, quotes) = Extract(paragraph);

        var quote = Assert.Single(quotes);
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("The bridge will reopen in March", quote.TextOf(doc.Text));
        Assert.Equal("Tomas Pell", quote.Speaker?.Name);
        Assert.Equal("county engineer", quote.Speaker?.Role);
    }

    [Fact]
    public void AParagraphOpeningWithAnotherKindOfMarkDoesNotContinueAnOpenQuote()
    {
        var (doc, quotes) = Extract(
            "Nora Pell, a ferry pilot, wrote about the crossing in her log:",
            "\"The fog came down at six and the radio went dead.",
            "“We are turning back,” the captain said.");

        Assert.DoesNotContain(quotes, q => q.TextOf(doc.Text).Contains("fog came down", StringComparison.Ordinal) && q.TextOf(doc.Text).Contains("turning back", StringComparison.Ordinal));
        Assert.Equal("the captain", Single(doc, quotes, "turning back").Speaker?.Name);
    }

    [Fact]
    public void AQuoteSignedWithADashAndANameIsThatPersonsQuote()
    {
        var (doc, quotes) = Extract("“The ferry is late every single morning and nobody ever tells us why.” ― Oscar P. Quintana\n“Maybe they should build a second bridge over the estuary instead.” ― Ruth Kell.");

        Assert.Equal("Oscar P. Quintana", Single(doc, quotes, "ferry is late").Speaker?.Name);
        Assert.Equal("Ruth Kell", Single(doc, quotes, "second bridge").Speaker?.Name);
    }

    [Fact]
    public void DoubledApostrophesMarkADirectQuote()
    {
        var (doc, quotes) = Extract("''The bridge will reopen in March, and the ferry can stop,'' said Tomas Pell, the county engineer. ''It isn't the 'quick fix' people wanted.''");

        var quote = Assert.Single(quotes);
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("The bridge will reopen in March, and the ferry can stop … It isn't the 'quick fix' people wanted.", quote.TextOf(doc.Text));
        Assert.Equal("Tomas Pell", quote.Speaker?.Name);
    }

    [Fact]
    public void AnApostropheInsideASingleQuotedQuoteDoesNotCloseIt()
    {
        var (doc, quotes) = Extract("Wren Talbot, who farms by the river, was calm. ‘It’s too early to say what we’ve lost,’ she said.");

        var quote = Assert.Single(quotes, q => q.Kind == QuoteKind.Direct);
        Assert.Equal("It’s too early to say what we’ve lost", quote.TextOf(doc.Text));
        Assert.Equal("Wren Talbot", quote.Speaker?.Name);
    }

    [Fact]
    public void APluralPossessiveInsideASingleQuotedQuoteDoesNotCloseIt()
    {
        var (doc, quotes) = Extract("‘The farmers’ barns are gone and nobody came,’ said Wren Talbot.");

        Assert.Equal("The farmers’ barns are gone and nobody came", Assert.Single(quotes).TextOf(doc.Text));
    }

    [Fact]
    public void AQuoteSplitByItsAttributionIsOneQuoteInTwoParts()
    {
        var (doc, quotes) = Extract("‘We will rebuild,’ Mayor Ida Crane said. ‘It will take years.’");

        var quote = Assert.Single(quotes);
        Assert.Equal(2, quote.Parts.Count);
        Assert.Equal("We will rebuild … It will take years.", quote.TextOf(doc.Text));
        Assert.Equal("Ida Crane", quote.Speaker?.Name);
        Assert.Equal("Mayor", quote.Speaker?.Role);
    }

    [Fact]
    public void AQuoteThatRunsOverTwoParagraphsIsOneQuote()
    {
        var (doc, quotes) = Extract(
            "Professor Alma Rusk studies river defences.",
            "“The walls were built for a smaller river. They held for fifty years.",
            "“Nobody should expect them to hold for fifty more,” Professor Rusk said.");

        var quote = Assert.Single(quotes);
        Assert.Equal(2, quote.Parts.Count);
        Assert.StartsWith("The walls were built", quote.TextOf(doc.Text), StringComparison.Ordinal);
        Assert.EndsWith("hold for fifty more", quote.TextOf(doc.Text), StringComparison.Ordinal);
        Assert.Equal("Alma Rusk", quote.Speaker?.Name);
    }

    [Fact]
    public void PartialQuotesInsideAReportedSentenceKeepTheSubjectAsSpeaker()
    {
        var (doc, quotes) = Extract("Opposition leader Marta Quill called the plan ‘reckless’ and ‘unworkable’.");

        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal(QuoteKind.Partial, q.Kind));
        Assert.All(quotes, q => Assert.Equal("Marta Quill", q.Speaker?.Name));
        Assert.Equal(["reckless", "unworkable"], quotes.Select(q => q.TextOf(doc.Text)));
    }

    [Fact]
    public void AColonIntroducesAQuoteWithTheSpeakerBeforeIt()
    {
        var (doc, quotes) = Extract("Jonas Feld, the port director, said: “The harbour is closed until Monday.”");

        var quote = Assert.Single(quotes);
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("Jonas Feld", quote.Speaker?.Name);
        Assert.Equal("port director", quote.Speaker?.Role);
        Assert.Equal("said", doc.Text[quote.Cue!.Value.Start..quote.Cue.Value.End]);
    }

    [Fact]
    public void TitlesAppositionsHonorificsAndPronounsResolveToOnePerson()
    {
        var (doc, quotes) = Extract(
            "Health Minister Ana Ruiz visited the clinic on Monday with Pavel Orr, its director.",
            "“We need more nurses,” the minister said.",
            "Ms Ruiz said the budget would rise next year. “Nobody will be turned away,” she said.",
            "“We are ready,” Orr said. He added that the clinic would open at night.");

        Assert.Equal("Ana Ruiz", Single(doc, quotes, "more nurses").Speaker?.Name);
        Assert.Equal("Ana Ruiz", Single(doc, quotes, "budget would rise").Speaker?.Name);
        Assert.Equal("Ana Ruiz", Single(doc, quotes, "turned away").Speaker?.Name);
        Assert.Equal("Health Minister", Single(doc, quotes, "turned away").Speaker?.Role);
        Assert.Equal("Pavel Orr", Single(doc, quotes, "We are ready").Speaker?.Name);
        Assert.Equal("Pavel Orr", Single(doc, quotes, "open at night").Speaker?.Name);
    }

    [Fact]
    public void AnUnnamedSourceStaysADescriptionAndIsNotGuessedIntoAName()
    {
        var (doc, quotes) = Extract(
            "Finance Minister Hal Brisk defended the budget.",
            "A senior ministry official, who asked not to be named, said the figures had been revised twice. “The first draft was wrong,” the official said.");

        var indirect = Single(doc, quotes, "revised twice");
        Assert.True(indirect.Speaker?.IsDescription);
        Assert.Equal("a senior ministry official", indirect.Speaker?.Name);
        Assert.Equal("a senior ministry official", Single(doc, quotes, "first draft").Speaker?.Name);
    }

    [Theory]
    [InlineData("Inspector Ruth Hale said that the road would stay closed overnight.", "the road would stay closed overnight")]
    [InlineData("Inspector Ruth Hale said the road would stay closed overnight.", "the road would stay closed overnight")]
    [InlineData("Inspector Ruth Hale told reporters the road would stay closed overnight.", "the road would stay closed overnight")]
    [InlineData("Inspector Ruth Hale warned that the road would stay closed overnight.", "the road would stay closed overnight")]
    [InlineData("According to Inspector Ruth Hale, the road would stay closed overnight.", "the road would stay closed overnight")]
    [InlineData("The road would stay closed overnight, according to Inspector Ruth Hale.", "The road would stay closed overnight")]
    [InlineData("The road would stay closed overnight, Inspector Ruth Hale said.", "The road would stay closed overnight")]
    public void IndirectSpeechWithoutQuoteMarksIsAttributed(string sentence, string content)
    {
        var (doc, quotes) = Extract(sentence);

        var quote = Assert.Single(quotes);
        Assert.Equal(QuoteKind.Indirect, quote.Kind);
        Assert.Equal(content, quote.TextOf(doc.Text));
        Assert.Equal("Ruth Hale", quote.Speaker?.Name);
    }

    [Fact]
    public void AQuoteWithNoAttributionOfItsOwnFollowsOnFromThePreviousOne()
    {
        var (doc, quotes) = Extract("“The levee held,” said Ida Crane. Later she walked the bank. “We were lucky this time, very lucky indeed.”");

        Assert.Equal("Ida Crane", Single(doc, quotes, "lucky this time").Speaker?.Name);
    }

    [Fact]
    public void ScareQuotesAreNotStatements()
    {
        var (_, quotes) = Extract("The so-called “reset” of the scheme began in May.");

        Assert.Empty(quotes);
    }

    [Fact]
    public void ABracketedTranscriptMarkerIsNotAQuoteNorPartOfTheOneBefore()
    {
        var (doc, quotes) = Extract(
            "\"HOLT: We are running short of time, and I want to turn to the harbour.",
            "\"(CROSSTALK.)",
            "\"[Applause]",
            "\"VANCE: The harbour will be dredged by spring, and the port will reopen.\"");

        Assert.DoesNotContain(quotes, q => q.TextOf(doc.Text).Contains("CROSSTALK", StringComparison.Ordinal));
        Assert.DoesNotContain(quotes, q => q.TextOf(doc.Text).Contains("Applause", StringComparison.Ordinal));
        Assert.Equal("Vance", Single(doc, quotes, "dredged by spring").Speaker?.Name);
    }

    [Fact]
    public void AFollowPromptInsideQuoteMarksIsNotAQuote()
    {
        var (doc, quotes) = Extract(
            "\"VANCE: The harbour will be dredged by spring, and the port will reopen.",
            "\"Follow Dana Reyes on Twitter @danareyes.\"");

        Assert.DoesNotContain(quotes, q => q.TextOf(doc.Text).Contains("Follow", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The council's new 30-second advert, titled “Always Late,” features a Gazette report that the bridge repairs ran two years over time.", "Always Late")]
    [InlineData("Residents formed a group dubbed “the people who will not leave the valley” after the flood, Mayor Ida Crane said.", "the people who will not leave")]
    public void WordsGivenAsANameOrTitleAreNotAStatement(string sentence, string name)
    {
        var (doc, quotes) = Extract(sentence);

        Assert.DoesNotContain(quotes, q => q.Kind != QuoteKind.Indirect && q.TextOf(doc.Text).StartsWith(name, StringComparison.Ordinal));
    }

    [Fact]
    public void ANarrativeSentenceDoesNotTakeTheCueOfTheQuoteAfterIt()
    {
        var (doc, quotes) = Extract("Anton Weir, a sheep farmer whose land runs along the estuary near Kell Bridge, watched from the hayloft as the water carried off his gates. “I had 300 ewes on the low field,” he said.");

        Assert.DoesNotContain(quotes, q => q.TextOf(doc.Text).Contains("carried off his gates", StringComparison.Ordinal) && q.Cue is not null);
        Assert.Equal("Anton Weir", Single(doc, quotes, "300 ewes").Speaker?.Name);
    }

    [Fact]
    public void AQuotedTitleDoesNotTakeTheCueOfTheNextSentence()
    {
        var (doc, quotes) = Extract(
            "Dana Reyes' commentary, \"Governor, tell us your flood story,\" is very thoughtful. Several weeks ago, Governor Hal Brisk stated that his family would discuss the flood \"in a few weeks.\"");

        Assert.DoesNotContain(quotes, q => q.TextOf(doc.Text).Contains("flood story", StringComparison.Ordinal) && q.Speaker?.Name == "Hal Brisk");
        Assert.Equal("Hal Brisk", Single(doc, quotes, "in a few weeks").Speaker?.Name);
    }

    [Fact]
    public void AQuoteThatOpensASentenceTheWriterFinishesIsPartOfThatSentence()
    {
        var (doc, quotes) = Extract(
            "Senator Vera Holm questioned the bank's chief for three hours.",
            "“You squeezed the tellers to the breaking point” to lift the share price, Holm said. “Nobody else will pay for it.”");

        var quote = Single(doc, quotes, "breaking point");
        Assert.Equal(QuoteKind.Partial, quote.Kind);
        Assert.Equal("“You squeezed the tellers to the breaking point” to lift the share price", doc.Text[quote.Clause!.Value.Start..quote.Clause.Value.End]);
        Assert.Equal("Vera Holm", quote.Speaker?.Name);
    }

    [Fact]
    public void AQuotedTitleOpeningASentenceIsNotContinuedByIt()
    {
        var (doc, quotes) = Extract("“Rivers We Have Lost” was written by Ada Brook after the 1998 flood, her publisher said.");

        Assert.DoesNotContain(quotes, q => q.Clause is { } c && doc.Text[c.Start..c.End].Contains("was written", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("She then begs her brother to leave the car and repeatedly says, \"Please don't do it,\" until the sirens are heard.", "Please don't do it")]
    [InlineData("Protesters marching along the quay chanted \"Whose harbour?\" and kept going until nearly 2 a.m. Friday.", "Whose harbour?")]
    [InlineData("Pell said, “we will sail when the wind drops.”", "we will sail")]
    public void WordsAfterAQuotedUtteranceThatACueIntroducesAreTheWriters(string sentence, string words)
    {
        var (doc, quotes) = Extract(sentence);

        var quote = Single(doc, quotes, words);
        Assert.Null(quote.Clause);
    }

    [Theory]
    [InlineData("The shipping magnate says of the council, “If it gets the chance, it will sell the harbour to the highest bidder.”", "If it gets the chance")]
    [InlineData("She became so upset, and started steering so wildly, that I had to change my answer: \"Of course I believe in the ferry. I was just joking.\"", "Of course I believe")]
    public void AWholeQuoteHandedOverWithACommaIsNotPartOfALongerClause(string paragraph, string words)
    {
        var (doc, quotes) = Extract(paragraph);

        Assert.Null(Single(doc, quotes, words).Clause);
    }

    [Theory]
    [InlineData("The yard keeps four spare hulls. With four spare hulls in the yard, “there is no single point of failure,” the harbourmaster said.", "no single point", "With four spare hulls in the yard, “there is no single point of failure,”")]
    [InlineData("Ferry pilot Nora Pell said that, “Of course the company is going to defend itself” against the claims.", "Of course", "that, “Of course the company is going to defend itself” against the claims")]
    [InlineData("The operator, its spokeswoman Ida Rusk says, has “always kept a tight timetable and always will.”", "always kept", "has “always kept a tight timetable and always will.”")]
    [InlineData("The minister said the plan was “reckless and unworkable” on Monday.", "reckless", "the plan was “reckless and unworkable”")]
    [InlineData("Most of the crews seem more against the board than for the union, which is a problem because, “In the end, nobody votes against someone. They vote for someone,” Rusk added.", "In the end", "Most of the crews seem more against the board than for the union, which is a problem because, “In the end, nobody votes against someone. They vote for someone,”")]
    [InlineData("Rusk called on Friday for the harbour board to publish the inspection tapes “without delay.”", "without delay", "the harbour board to publish the inspection tapes “without delay.”")]
    public void QuotedWordsThatGoOnFromTheWritersWordsSitInTheWritersClause(string paragraph, string words, string clause)
    {
        var (doc, quotes) = Extract(paragraph);

        var quote = Single(doc, quotes, words);
        Assert.NotNull(quote.Clause);
        Assert.Equal(clause, doc.Text[quote.Clause.Value.Start..quote.Clause.Value.End]);
    }

    [Fact]
    public void ATitleCaseHeadlineRunThatOpensWithAKnownNameIsThatPerson()
    {
        var (doc, quotes) = Extract(
            "Ada Brook Lashes Out: ‘If I Close The Quay, You’ll Know It’",
            "“If I close the quay, you’ll know it,” harbour master Ada Brook told reporters on Friday.");

        Assert.All(quotes, q => Assert.Equal("Ada Brook", q.Speaker?.Name));
        Assert.Equal(2, quotes.Count);
        Assert.Equal("harbour master", Single(doc, quotes, "If I Close").Speaker?.Role);
    }

    [Theory]
    // The one a relative clause is about calls the words, not the ones they are about.
    [InlineData("The host asked the mayor to answer her rival, harbour councillor Ada Brook, who called the ferry crews “a private army on the quay.”", "a private army", "Ada Brook")]
    // A party epithet is the person just named.
    [InlineData("Senate Minority Leader Mara Quill is among those pushing for longer ferry subsidies. “One voucher pays for a week, and then what?” the Westreach Democrat said on the floor.", "One voucher", "Mara Quill")]
    public void TheSpeakerIsThePersonTheSentenceMeans(string paragraph, string words, string speaker)
    {
        var (doc, quotes) = Extract(paragraph);

        Assert.Equal(speaker, Single(doc, quotes, words).Speaker?.Name);
    }

    [Fact]
    public void ASentenceFinalAttributionNamesTheSpeakerAndEndsTheContentBeforeIt()
    {
        var (doc, quotes) = Extract("Factories added 12,000 jobs in March and the jobless rate fell to 4.1%, the Statistics Office said Tuesday.");

        var quote = Assert.Single(quotes);
        Assert.Equal("Factories added 12,000 jobs in March and the jobless rate fell to 4.1%", quote.TextOf(doc.Text));
        Assert.Equal("Statistics Office", quote.Speaker?.Name);
    }

    [Fact]
    public void AnOrganisationIsANamedSpeakerNotAnUnnamedDescription()
    {
        var (_, quotes) = Extract("The Harbour Authority said the quay would reopen in May.");

        var speaker = Assert.Single(quotes).Speaker;
        Assert.NotNull(speaker);
        Assert.Equal("Harbour Authority", speaker.Name);
        Assert.False(speaker.IsDescription);
        Assert.True(speaker.IsOrganisation);
        Assert.Null(speaker.Role);
    }

    [Fact]
    public void TheInstitutionByItsHeadNounIsTheOneTheArticleNamed()
    {
        var (doc, quotes) = Extract(
            "The Tarrow Harbour Safety Authority ordered a review of every quay on Sunday.",
            "The authority said it had no record of any inspection of the north quay since 2023.");

        var speaker = Single(doc, quotes, "no record").Speaker;
        Assert.Equal("Tarrow Harbour Safety Authority", speaker?.Name);
        Assert.True(speaker?.IsOrganisation);
        Assert.False(speaker?.IsDescription);
    }

    [Fact]
    public void AnInstitutionTheArticleDoesNotNameStaysADescription()
    {
        var (doc, quotes) = Extract("Saltmarch City Council met on Monday. The authority said it had no record of any inspection of the north quay since 2023.");

        Assert.Equal("the authority", Single(doc, quotes, "no record").Speaker?.Name);
    }

    [Fact]
    public void ARoleDoesNotKeepAPossessivePronoun()
    {
        var (doc, quotes) = Extract(
            "The Tarrow Harbour Safety Authority ordered a review of every quay on Sunday.",
            "Its director, Ines Marlow, said the north quay would stay closed until the review was done.");

        var speaker = Single(doc, quotes, "north quay").Speaker;
        Assert.Equal("Ines Marlow", speaker?.Name);
        Assert.Equal("director", speaker?.Role);
    }

    [Fact]
    public void APartyMemberIsADescriptionNotAName()
    {
        var (doc, quotes) = Extract("“I have never seen this level of gloom in thirty years,” said one prominent centrist Democrat.");

        var speaker = Single(doc, quotes, "level of gloom").Speaker;
        Assert.True(speaker?.IsDescription);
        Assert.Equal("one prominent centrist Democrat", speaker?.Name);
    }

    [Fact]
    public void NewInsideANameStaysInTheName()
    {
        var (doc, quotes) = Extract("The New Tarrow Gazette reported that the north quay would stay closed until spring.");

        Assert.Equal("New Tarrow Gazette", Single(doc, quotes, "north quay").Speaker?.Name);
    }

    [Theory]
    [InlineData("TARROW, Westreach (TPA) — The north quay gave way late on Thursday, flooding the fish market, harbour officials said on Friday.")]
    [InlineData("TARROW — The north quay gave way late on Thursday, flooding the fish market, harbour officials said on Friday.")]
    [InlineData("NATO forces held the north quay — the last one open — until Friday, harbour officials said.")]
    public void ADatelineIsNotPartOfAReportedStatement(string sentence)
    {
        var (doc, quotes) = Extract(sentence);

        var words = Single(doc, quotes, "north quay").TextOf(doc.Text);
        Assert.True(words.StartsWith("The north quay gave way", StringComparison.Ordinal) || words.StartsWith("NATO forces held", StringComparison.Ordinal), words);
    }

    [Fact]
    public void AnHonorificWithAFullStopStaysOffTheName()
    {
        var (_, quotes) = Extract("Mr. Halvorsen said the ferry would not run until the storm passed.");

        var speaker = Assert.Single(quotes).Speaker;
        Assert.Equal("Halvorsen", speaker?.Name);
        Assert.False(speaker?.IsDescription);
    }

    [Fact]
    public void APlaceAfterAPrepositionIsNotAPersonAPronounCanResolveTo()
    {
        var (_, quotes) = Extract(
            "Governor Ines Marlow toured the coast on Monday.",
            "In Tarrow, he said the sea wall would be finished by spring.");

        Assert.DoesNotContain(quotes, q => q.Speaker?.Name == "Tarrow");
    }

    [Fact]
    public void ABeliefWithNoHolderDoesNotTakeTheSpeakerOfTheSentenceBefore()
    {
        var (doc, quotes) = Extract(
            "Retail sales fell 2% in April, the Statistics Office reported. There is a widespread view that shops are struggling to hire staff with unemployment so low.");

        Assert.DoesNotContain(quotes, q => q.TextOf(doc.Text).Contains("shops are struggling", StringComparison.Ordinal) && q.Speaker is not null);
    }

    [Fact]
    public void AShortObjectOfAnOrdinaryVerbIsNotAStatement()
    {
        var (doc, quotes) = Extract("U.S. factories shrugged off weak foreign demand in March and hired more workers.");

        Assert.DoesNotContain(quotes, q => q.Speaker?.Name == "U.S");
        Assert.DoesNotContain(quotes, q => q.TextOf(doc.Text) == "weak foreign demand");
    }
}
