namespace Corroborate.Cleaning;

/// <summary>
/// Pattern data for <see cref="ScrapedTextCleaner"/>, kept apart from the logic. Phrases are written in
/// lower case with single spaces; <see cref="LineText"/> matches them case-insensitively, with any run of
/// whitespace for a space and any apostrophe for <c>'</c>.
/// </summary>
internal static class ResiduePatterns
{
    /// <summary>Whole lines (decoration such as dashes, brackets and arrows aside) that mark an ad slot.</summary>
    public static readonly PhraseSet AdMarkers = PhraseSet.Keys(
        "advertisement", "advertisements", "advert", "adverts", "advertising", "ad", "ads", "ad feedback",
        "sponsored", "sponsored content", "sponsored post", "sponsored links", "sponsored stories", "sponsor content",
        "paid content", "paid post", "paid partnership", "promoted", "promoted content", "promoted stories",
        "partner content", "content from our partners", "skip advertisement", "ad content", "ad loading",
        "advertisement scroll to continue", "scroll to continue with content", "scroll to continue",
        "advertisement continue reading below", "continue reading below", "continue reading the main story",
        "this content is sponsored", "remove ads", "ad free", "report this ad", "close ad");

    /// <summary>Openings of short lines that say the story goes on below an ad.</summary>
    public static readonly string[] AdContinuations =
    [
        "story continues below", "story continues after", "article continues below", "article continues after",
        "content continues below", "text continues below", "continues below advertisement", "the story continues below",
        "the article continues below", "the story continues after", "the article continues after", "continue reading after", "advertisement story continues",
        "advertisement article continues", "advertisement content continues", "advertisement continues",
    ];

    /// <summary>Openings of previous/next-post navigation; a separator, an arrow or the line's end must follow.</summary>
    public static readonly string[] Navigation =
    [
        "previous post", "previous posts", "previous article", "previous story", "previous page", "previous entry",
        "previous item", "previous", "prev post", "prev article", "prev story", "prev", "next post", "next posts",
        "next article", "next story", "next page", "next entry", "next item", "next", "older post", "older posts",
        "older article", "older entry", "older", "newer post", "newer posts", "newer article", "newer entry", "newer",
        "up next", "next up", "coming up next", "back to top", "back to home", "back to homepage", "return to top",
        "return to homepage", "go to homepage", "skip to content", "skip to main content",
    ];

    /// <summary>Openings of "read more" link lines; a separator or the line's end must follow.</summary>
    public static readonly string[] LinkLeads =
    [
        "read more", "read also", "also read", "read", "related", "related story", "related stories",
        "related article", "related articles", "related content", "related coverage", "related news", "related link",
        "related links", "related reading", "related post", "see also", "see more", "also see", "more", "more on this",
        "more on this story", "watch", "watch now", "watch more", "listen", "listen now", "read next",
        "read this next", "read the full story", "read full story", "read the full article",
        "read full article", "read the full report", "read the original", "read the original article",
        "read the original story", "full story", "full coverage", "don't miss", "do not miss", "must read",
        "must see", "must watch", "recommended", "recommended reading", "you might also like", "you may also like",
        "further reading", "trending", "popular", "click here", "more coverage", "in case you missed it", "icymi",
        "explore more", "keep reading", "continue reading", "read the story",
        "more stories", "check out", "check it out", "see it",
    ];

    /// <summary>Openings of lines that point elsewhere to read on ("Read more at ..."); anything may follow.</summary>
    public static readonly string[] LinkOpenings =
    [
        "read more at", "read more on", "read more from", "read the rest at", "read the rest of", "read the full story at",
        "read the full story on", "read the full article at", "read the full article on", "read the full article here",
        "read the full story here", "continue reading at", "continue reading on", "click here to read",
        "click to read", "read it here", "read the report here", "read more here", "see more at",
    ];

    /// <summary>Whole lines that head a list of other articles' headlines.</summary>
    public static readonly PhraseSet RelatedHeaders = PhraseSet.Keys(
        "related", "related articles", "related article", "related stories", "related story", "related posts",
        "related content", "related coverage", "related news", "related links", "related reading", "related topics",
        "related videos", "you may also like", "you might also like", "you may be interested in",
        "you might be interested in", "you may have missed", "we recommend", "recommended", "recommended for you",
        "recommended stories", "recommended articles", "recommended reading", "recommended videos", "trending",
        "trending now", "trending stories", "trending news", "trending articles", "most read", "most popular",
        "most viewed", "most shared", "most commented", "most read stories", "most read articles", "popular",
        "popular stories", "popular now", "popular posts", "popular articles", "more stories", "more news",
        "more articles", "more headlines", "more videos", "more on this story", "more on this topic", "more like this",
        "read next", "what to read next", "read more", "read more stories", "see also", "further reading",
        "in other news", "top stories", "top news", "latest news", "latest stories", "latest", "latest headlines",
        "just in", "editor's picks", "editors picks", "editor's choice", "don't miss", "must read", "must reads",
        "around the web", "from the web", "from our partners", "sponsored stories", "promoted stories",
        "more from our network", "elsewhere", "elsewhere on the web", "also in the news", "more coverage",
        "keep reading", "related searches", "people also read", "readers also liked", "top picks", "also read", "in case you missed it", "icymi");

    /// <summary>Openings of header lines that name a section or site ("More from The Courier").</summary>
    public static readonly string[] RelatedHeaderOpenings =
    [
        "more from", "more in", "more on", "more stories from", "more news from", "popular on", "popular in",
        "trending on", "trending in", "latest from", "latest in", "also on", "other stories from", "more headlines from",
        "most read on", "most read in", "top stories from", "more articles from",
    ];

    /// <summary>Openings of source lines; a separator must follow ("Source: The Courier").</summary>
    public static readonly string[] SourceLeads =
    [
        "source", "sources", "via", "news source", "story source", "content source", "original source", "source link",
        "originally published at", "originally published on", "originally published in", "originally published by",
        "first published at", "first published on", "first published in", "first published by",
        "originally appeared on", "originally appeared in", "originally appeared at", "source url",
    ];

    /// <summary>Openings of "originally published" lines; anything may follow.</summary>
    public static readonly string[] SourceOpenings =
    [
        "originally published", "first published", "originally appeared", "originally posted", "first appeared",
        "republished with permission", "republished from", "reprinted with permission", "reprinted from",
        "republished courtesy", "reproduced with permission", "this article is republished", "this article was republished",
        "this story is republished", "read the original article", "read the original story", "read the original post",
        "syndicated from", "cross-posted from", "crossposted from", "a version of this article", "a version of this story",
        "an earlier version of this", "this article has been adapted from", "this article is adapted from",
        "this story has been adapted from", "adapted from",
    ];

    /// <summary>The nouns of "This {noun} first appeared on ..." lines.</summary>
    public static readonly string[] PieceNouns =
    [
        "article", "story", "post", "piece", "report", "column", "essay", "interview", "review", "feature",
        "content", "item", "blog post", "op-ed",
    ];

    /// <summary>Verbs that, after "This {noun}", make the line a source line.</summary>
    public static readonly string[] SourceVerbs =
    [
        "originally appeared", "first appeared", "originally ran", "first ran", "was originally published",
        "was first published", "originally published", "first published", "was originally posted", "was first posted",
        "is republished", "was republished", "was reprinted", "is reprinted", "was originally", "appeared originally",
        "appeared first",
    ];

    /// <summary>Prompts to subscribe, follow or download; anything may follow.</summary>
    public static readonly string[] PromoOpenings =
    [
        "sign up for", "sign up to", "sign up now", "sign up here", "sign up today", "sign up and", "signup for",
        "subscribe to", "subscribe for", "subscribe now", "subscribe today", "subscribe here", "subscribe and",
        "subscribe", "follow us", "follow our", "like us on", "find us on", "join us on", "connect with us",
        "get the latest", "get our", "get breaking news", "get the best of", "get alerts", "get news alerts",
        "get the news", "get the app", "get updates", "get daily", "get weekly", "get exclusive",
        "download our", "install our", "click here to", "click here for", "click here",
        "tap here to", "tap here for", "don't miss out", "never miss", "want more", "want to read more",
        "want to stay", "want the latest", "join our", "join the conversation", "join the discussion",
        "join thousands", "join the community", "stay up to date", "stay up-to-date", "stay informed", "stay connected",
        "stay in the know", "stay ahead", "keep up with", "keep up to date", "be the first to know", "be the first to",
        "support our", "support independent", "support local journalism", "support quality journalism",
        "support journalism", "support us", "help us", "please support", "please consider supporting",
        "consider supporting", "become a member", "become a subscriber", "become a supporter", "become a patron",
        "already a subscriber", "already a member", "already have an account", "you have reached",
        "you've reached", "you have read", "you've read", "to continue reading", "continue reading with",
        "log in to continue", "log in to read", "register to continue", "register to read", "listen to this article",
        "have a news tip", "have a tip", "got a tip", "got a news tip", "send us a tip", "send us your",
        "we want to hear from you", "do you have a story", "this article is for subscribers", "this content is for",
        "this article is available", "unlock this article", "unlock unlimited", "start your free trial",
        "start your subscription", "try it free", "try for free", "for unlimited access",
        "for more news", "for breaking news", "receive our", "receive the latest", "give a gift", "gift this article",
        "donate to", "donate now", "donate today", "make a donation", "make a contribution",
        "readers like you", "if you value", "if you enjoyed", "if you like this", "if you liked this",
        "if you found this", "our newsletter", "our newsletters",
        "free newsletter", "morning briefing", "evening briefing", "daily briefing", "thank you for reading",
        "thanks for reading", "thank you for supporting", "thanks for supporting", "email us", "contact us",
        "write to us", "tell us", "have a story", "got a story",
    ];

    /// <summary>Labels of promo boxes; a separator must follow ("Newsletter: ...").</summary>
    public static readonly string[] PromoLabels = ["newsletter", "newsletters", "free newsletter", "subscribe", "sign up", "get the app", "podcast"];

    /// <summary>Openings that make a promo only when a question mark follows soon ("Enjoying Dailyfold? ...").</summary>
    public static readonly string[] PromoQuestions =
    [
        "enjoying", "enjoyed", "enjoy this", "did you enjoy", "liked this", "like this", "love this", "loved this",
        "found this", "like what you", "like reading",
        "have feedback", "got feedback",
        "have a question", "have questions", "know something",
    ];

    /// <summary>Social networks that "Follow X on ..." lines name.</summary>
    public static readonly string[] SocialNetworks =
    [
        "twitter", "facebook", "instagram", "x", "tiktok", "linkedin", "youtube", "threads", "bluesky", "mastodon",
        "telegram", "whatsapp", "snapchat", "pinterest", "social media", "social", "google news", "flipboard",
        "apple news", "reddit",
    ];

    /// <summary>Cue fragments of subscription offers and reader appeals, searched in lower-cased text.</summary>
    public static readonly string[] PromoCues =
    [
        "subscri", "newsletter", "inbox", "sign up", "sign-up", "ad-free", "ad free", "unlimited", "upgrade",
        "premium", "membership", "donat", "support our", "support independent", "support quality", "supporting local",
        "support local", "journalism", "cancel any", "cancel at any", "cancel whenever", "free trial", "per month",
        "a month", "/month", "/mo", "per week", "special offer", "limited time", "% off", "paywall", "readers like you",
        "reader-funded", "reader funded", "become a member", "download our", "follow us", "nonprofit", "non-profit",
        "tax-deductible", "patreon", "comments are", "commenting", "moderated", "community guidelines",
        "our reporting", "our journalism", "our work", "free articles", "digital access", "log in", "offer ends",
        "members-only", "no ads", "podcast", "early access",
    ];

    /// <summary>Cues strong enough that one, in a short appeal that opens with an imperative, makes it promo.</summary>
    public static readonly string[] StrongPromoCues =
    [
        "inbox", "newsletter", "subscri", "sign up", "sign-up", "our app", "the app", "news alerts", "breaking news alerts",
        "whatsapp channel", "telegram channel", "our channel", "briefing", "unlimited access", "ad-free", "podcast",
        "youtube channel", "notifications",
    ];

    /// <summary>Fragments that make a short line copyright or syndication boilerplate.</summary>
    public static readonly string[] LegalFragments =
    [
        "all rights reserved", "may not be published, broadcast", "may not be reproduced", "may not be republished",
        "may not be redistributed", "without permission is prohibited", "without prior written permission",
        "reproduction in whole or in part",
    ];

    /// <summary>Openings of production and comment-policy boilerplate; anything may follow.</summary>
    public static readonly string[] BoilerplateOpenings =
    [
        "this story was produced by", "this article was produced by", "this report was produced by",
        "this story was produced in", "this article was produced in", "this story is part of",
        "this article is part of", "this story was published in partnership", "this article was published in partnership",
        "this content was produced", "this content was created",
        "this article contains affiliate", "this post contains affiliate",
        "this article may contain affiliate", "we may earn", "we may receive", "our editors independently",
        "comments are", "comment policy", "commenting policy", "commenting is", "comments have been",
        "please read our", "please keep comments", "please be respectful", "we welcome", "we encourage",
        "by commenting", "by posting", "join the conversation", "leave a comment", "post a comment", "add a comment",
        "show comments", "view comments", "hide comments", "load comments", "read comments", "we use cookies",
        "this site uses cookies", "this website uses cookies", "by continuing to use", "accept cookies",
        "cookie settings", "manage cookies", "manage preferences",
       
    ];

    /// <summary>Openings among <see cref="BoilerplateOpenings"/> that stand only in the tail (they can open prose).</summary>
    public static readonly string[] TailOnlyBoilerplate =
    [
        "we welcome", "we encourage",
    ];

    /// <summary>Words a sharing or comment widget is made of; a line of only these words is a widget.</summary>
    public static readonly PhraseSet WidgetWords = PhraseSet.Keys(
        "share", "shares", "shared", "sharing", "tweet", "retweet", "email", "e", "mail", "print", "facebook", "twitter",
        "x", "linkedin", "whatsapp", "reddit", "pinterest", "telegram", "messenger", "flipboard", "copy", "link",
        "copied", "comments", "comment", "save", "saved", "bookmark", "this", "article", "story", "post", "page",
        "on", "via", "to", "the", "gift", "sms", "text", "more", "options", "url", "close", "menu", "listen",
        "audio", "min", "mins", "read", "reading", "time", "font", "size", "a", "views", "reactions", "like", "likes",
        "send", "open", "in", "app", "follow", "share this", "and");

    /// <summary>Widget words that must appear for a line to count as a widget (plain words such as "the" do not).</summary>
    public static readonly PhraseSet WidgetAnchors = PhraseSet.Keys(
        "share", "shares", "sharing", "tweet", "retweet", "email", "print", "facebook", "twitter", "linkedin",
        "whatsapp", "reddit", "pinterest", "telegram", "messenger", "flipboard", "comments", "comment", "bookmark",
        "gift", "copy", "listen", "reactions");

    /// <summary>Openings of photo-credit lines; a separator (<c>:</c>, <c>/</c>, a dash) must follow.</summary>
    public static readonly string[] CreditLeads =
    [
        "photo", "photos", "photograph", "photographs", "photography", "image", "images", "picture", "pictures", "pic",
        "pics", "credit", "credits", "photo credit", "photo credits", "image credit", "image credits", "picture credit",
        "picture credits", "image source", "photo source", "picture source", "illustration", "illustrations", "graphic",
        "graphics", "video", "video credit", "main image", "main photo", "main picture", "top image", "top photo",
        "header image", "header photo", "hero image", "featured image", "feature image", "featured photo", "lead image",
        "lead photo", "cover image", "cover photo", "file photo", "file image", "file picture", "ap photo", "reuters photo",
        "afp photo", "epa photo", "photo illustration", "thumbnail", "thumbnail image", "banner image", "lead art",
        "photographer", "fotos", "foto",
    ];

    /// <summary>Openings of credit lines that a name follows ("Photo by ...", "Courtesy of ...").</summary>
    public static readonly string[] CreditOpenings =
    [
        "photo by", "photos by", "photographed by", "photograph by", "photographs by", "photography by", "image by",
        "images by", "picture by", "pictures by", "illustration by", "illustrations by", "photo illustration by",
        "graphic by", "graphics by", "video by", "photo courtesy", "photos courtesy", "image courtesy", "images courtesy",
        "picture courtesy", "courtesy of", "courtesy photo", "courtesy image", "photo provided by", "image provided by",
        "photo supplied", "image supplied", "picture supplied", "photo via", "image via", "image from", "photo from",
        "supplied by", "provided by",
    ];

    /// <summary>Whole lines that are a credit on their own.</summary>
    public static readonly PhraseSet CreditKeys = PhraseSet.Keys(
        "getty", "getty images", "file photo", "file image", "file picture", "file", "stock photo", "stock image",
        "handout", "handout photo", "handout picture", "supplied", "supplied photo", "supplied image", "shutterstock",
        "istock", "istockphoto", "istock photo", "alamy", "alamy stock photo", "unsplash", "pexels", "pixabay",
        "photo", "image", "picture", "reuters", "afp", "ap", "ap photo", "epa", "epa efe", "pa", "pa media", "pa wire",
        "xinhua", "afp via getty images", "getty images via afp", "ap images", "dpa", "anadolu", "anadolu agency",
        "stock", "screenshot", "screen grab", "screengrab", "video screenshot", "file photograph", "courtesy",
        "courtesy photo", "provided", "provided photo", "wikimedia commons", "creative commons", "representational image",
        "representative image", "image for representation", "for representation only", "illustrative image",
        "photo illustration", "archive photo", "archive image", "archive", "contributed photo", "submitted photo",
        "submitted", "contributed");

    /// <summary>Photo and wire agencies that end a credit line ("Jane Doe/AFP", "... | Getty Images").</summary>
    public static readonly PhraseSet Agencies = PhraseSet.Keys(
        "afp", "reuters", "ap", "ap photo", "associated press", "the associated press", "getty", "getty images",
        "afp getty images", "afp via getty images", "bloomberg via getty images", "epa", "epa efe", "efe", "pa", "pa media",
        "pa images", "pa wire", "pa archive", "aap", "aap image", "anadolu", "anadolu agency", "xinhua", "xinhua news agency",
        "sipa", "sipa usa", "zuma", "zuma press", "zuma wire", "nurphoto", "sopa images", "lightrocket", "bloomberg",
        "shutterstock", "alamy", "alamy stock photo", "istock", "istockphoto", "corbis", "rex", "rex features",
        "rex shutterstock", "abaca", "abacapress", "ddp", "dpa", "ansa", "kyodo", "kyodo news", "yonhap", "tass", "ria novosti",
        "sputnik", "imago", "imago images", "picture alliance", "picture-alliance", "handout", "supplied", "courtesy",
        "wikimedia", "wikimedia commons", "flickr", "unsplash", "pexels", "pixabay", "instagram", "twitter",
        "facebook", "youtube", "tiktok", "file photo", "pool", "pool photo", "via reuters", "via ap", "nasa",
        "afp photo", "reuters photo", "epa photo", "press association", "bbc", "cnn", "ani", "pti", "ians", "wenn",
        "splash news", "backgrid", "mega", "wireimage", "filmmagic", "invision", "the canadian press", "canadian press",
        "cp", "aap photos", "newscom", "polaris", "redux", "magnum photos", "nyt", "the new york times",
        "for the new york times", "the washington post", "getty images for", "screenshot", "screengrab",
        "sportsfile", "action images", "icon sportswire", "usa today sports", "imagn", "imagn images", "nbae");

    /// <summary>Openings of caption lines; a separator must follow ("Pictured: ...").</summary>
    public static readonly string[] CaptionLeads =
    [
        "pictured", "pictured above", "pictured below", "pictured left", "pictured right", "above", "caption",
        "image caption", "photo caption", "picture caption", "media caption", "in the photo", "in the picture",
        "in the image", "inset", "clockwise from top left", "from left", "from left to right",
        "l to r", "l-r",
    ];

    /// <summary>Words in "In this {…} photo," caption openings.</summary>
    public static readonly string[] CaptionPictureWords = ["photo", "image", "picture", "photograph", "file photo", "handout", "screenshot", "screen grab", "video"];

    /// <summary>Role words that mark the part after a name as a job title ("Jane Doe | Staff Writer").</summary>
    public static readonly PhraseSet RoleWords = PhraseSet.Keys(
        "staff", "writer", "writers", "reporter", "reporters", "correspondent", "correspondents", "editor", "editors",
        "contributor", "contributors", "contributing", "columnist", "columnists", "producer", "journalist", "journalists",
        "analyst", "intern", "fellow", "bureau", "desk", "photographer", "stringer", "critic", "host", "anchor",
        "newsroom", "wire", "wires", "reuters", "afp", "ap", "bloomberg", "freelance", "freelancer", "author");

    /// <summary>Names of wire agencies and newsroom words that end a byline ("... Associated Press").</summary>
    public static readonly string[] BylineTails =
    [
        "the associated press", "associated press", "reuters", "afp", "agence france-presse", "agence france presse",
        "bloomberg", "bloomberg news", "the canadian press", "canadian press", "press association", "pa media",
        "dpa", "efe", "xinhua", "kyodo news", "aap", "ap", "staff writers", "staff writer", "staff reporters",
        "staff reporter", "staff", "correspondents", "correspondent", "contributors", "contributor", "reporters",
        "reporter", "writers", "writer", "editors", "editor", "columnist", "special to", "for",
    ];

    /// <summary>Words that make a name-looking part of a byline an organisation, not a person.</summary>
    public static readonly PhraseSet OrganisationWords = PhraseSet.Keys(
        "news", "press", "times", "post", "courier", "chronicle", "gazette", "herald", "journal", "tribune", "daily",
        "weekly", "radio", "tv", "television", "agency", "media", "network", "reuters", "afp", "bloomberg", "wire",
        "newsroom", "desk", "staff", "service", "magazine", "review", "observer", "guardian", "telegraph", "express",
        "mail", "mirror", "standard", "independent", "sentinel", "record", "register", "star", "sun", "globe", "ledger",
        "dispatch", "bulletin", "examiner", "inquirer", "enquirer", "monitor", "citizen", "online", "digital", "group",
        "reporter", "writer", "editor", "correspondent", "contributor", "ap", "associated", "report", "reports");

    /// <summary>Openings of trailing wire credits ("Reporting by ...; Editing by ...").</summary>
    public static readonly string[] CreditTrailers =
    [
        "reporting by", "additional reporting by", "additional reporting", "reporting and writing by", "editing by",
        "edited by", "writing by", "compiled by", "research by", "with reporting by", "with additional reporting",
        "contributing reporting", "contributing", "contributed to this report", "fact-checked by", "fact checked by",
        "translated by", "translation by", "produced by", "graphics by", "interactive by", "design by", "development by",
    ];

    /// <summary>Openings of bylines that a name follows ("By Jane Doe", "Written by Jane Doe").</summary>
    public static readonly string[] BylineOpenings =
    [
        "by", "written by", "words by", "story by", "reported by", "report by", "text by", "article by", "posted by",
        "submitted by", "contributed by",
    ];

    /// <summary>Labels of bylines; a separator must follow ("Author: Jane Doe").</summary>
    public static readonly string[] BylineLabels = ["author", "authors", "byline", "reporter", "reporters", "writer", "written by"];

    /// <summary>Date-line openings in a dump header ("Published: 20 Feb 2026").</summary>
    public static readonly string[] DateLeads =
    [
        "published", "published on", "posted", "posted on", "first published", "date", "dated", "publication date",
        "published date", "date published",
    ];

    /// <summary>Date-line openings that give a modification date, never the published one.</summary>
    public static readonly string[] ModifiedDateLeads =
    [
        "updated", "updated on", "last updated", "last updated on", "modified", "last modified", "updated at", "edited",
        "last edited",
    ];

    /// <summary>Words that open a sentence, so a capital after a glued byline starts the article.</summary>
    public static readonly PhraseSet SentenceStarters = PhraseSet.Keys(
        "the", "a", "an", "in", "on", "at", "after", "before", "when", "while", "as", "for", "with", "from", "by",
        "this", "that", "these", "those", "it", "its", "there", "here", "more", "most", "some", "many", "few", "two",
        "three", "four", "five", "six", "seven", "eight", "nine", "ten", "one", "dozens", "hundreds", "thousands",
        "millions", "president", "prime", "police", "officials", "authorities", "residents", "people", "scientists",
        "researchers", "experts", "critics", "lawmakers", "voters", "workers", "students", "if", "despite", "amid",
        "during", "following", "over", "under", "across", "since", "until", "almost", "nearly", "about", "around",
        "just", "only", "even", "yet", "still", "now", "today", "yesterday", "last", "next", "early", "late",
        "nobody", "no", "every", "each", "all", "both", "several", "what", "why", "how", "who", "where", "i", "we",
        "you", "he", "she", "they", "our", "my", "his", "her", "their", "former", "new", "local", "federal", "state",
        "city", "county", "government", "it's",
        "shares", "stocks", "markets", "prices", "investors", "companies", "company", "schools", "hospitals");

    /// <summary>Lower-case words allowed between the names of a byline.</summary>
    public static readonly PhraseSet BylineGlue = PhraseSet.Keys(
        "and", "&", "of", "the", "for", "to", "in", "at", "with", "de", "da", "van", "von", "der", "den", "del", "la", "le",
        "du", "di", "bin", "al", "y", "e", "st", "special", "via", "from");

    /// <summary>Quotation marks that open or close direct speech.</summary>
    public const string QuoteMarks = "\"“”„«»‹›";

    /// <summary>Verbs of attribution that make a short paragraph a news paragraph rather than a caption.</summary>
    public static readonly string[] AttributionWords =
    [
        " said", " says", " told", " according to", " added", " asked", " wrote", " tweeted", " stated",
        " explained", " insisted", " warned",
    ];

    /// <summary>Words of past-tense narration, which news paragraphs have and image captions rarely do.</summary>
    public static readonly PhraseSet PastNarrationWords = PhraseSet.Keys(
        "was", "were", "had", "did", "said", "told", "would", "could", "will", "became",
        "began", "came", "went", "took", "made", "gave", "won", "lost", "left", "met", "sent", "spent", "found", "got",
        "knew", "thought", "wrote", "ran", "saw", "held", "kept", "led", "paid", "brought", "bought", "fell", "rose",
        "say", "says");

    /// <summary>Verbs of imperative appeals that open promo text in the tail.</summary>
    public static readonly PhraseSet ImperativeOpeners = PhraseSet.Keys(
        "support", "subscribe", "upgrade", "join", "sign", "get", "download", "follow", "donate", "become", "try",
        "start", "enjoy", "enjoying", "enjoyed", "like", "love", "share", "click", "tap", "listen", "watch", "don't",
        "never", "stay", "want", "help", "give", "consider", "make", "unlock", "save", "register", "log", "read",
        "discover", "explore", "grab", "claim", "receive", "please", "thank", "thanks", "go", "visit", "tell", "send",
        "contact", "email");

    /// <summary>Words that address the reader.</summary>
    public static readonly PhraseSet ReaderWords = PhraseSet.Keys(
        "you", "your", "yours", "you're", "you've", "you'll", "our", "ours", "us", "we", "we're", "we've", "we'll",
        "we'd");
}
