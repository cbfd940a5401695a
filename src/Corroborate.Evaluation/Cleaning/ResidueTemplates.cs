namespace Corroborate.Evaluation.Cleaning;

/// <summary>
/// Templates of scraping residue for <see cref="ResidueInjector"/>. Written from what scraped news pages carry,
/// independently of the cleaner's pattern lists, and deliberately wider than them: some templates are meant to
/// be hard. Placeholders: <c>{name}</c>, <c>{NAME}</c>, <c>{name2}</c>, <c>{outlet}</c>, <c>{OUTLET}</c>,
/// <c>{domain}</c>, <c>{agency}</c>, <c>{title}</c>, <c>{city}</c>, <c>{CITY}</c>, <c>{day}</c>, <c>{date}</c>,
/// <c>{year}</c>, <c>{n}</c>, <c>{topic}</c>, <c>{org}</c>, <c>{place}</c>, <c>{section}</c>.
/// </summary>
internal static class ResidueTemplates
{
    public static readonly string[] FirstNames =
    [
        "Amara", "Jonas", "Priya", "Tomasz", "Leila", "Dmitri", "Sofia", "Kwame", "Hannah", "Mateo", "Ines", "Rahul",
        "Aoife", "Chen", "Fatima", "Oliver", "Nadia", "Samuel", "Yuki", "Grace", "Luca", "Ngozi", "Erik", "Camila",
        "Bilal", "Margot", "Tariq", "Elena", "Declan", "Mei", "José", "Zoë", "Björn", "Anaïs", "Siobhán", "Kofi",
    ];

    public static readonly string[] LastNames =
    [
        "Okafor", "Lindqvist", "Ramaswamy", "Kowalczyk", "Haddad", "Volkov", "Marchetti", "Mensah", "Whitfield",
        "Fernández", "Duarte", "Kapoor", "Gallagher", "Liang", "Benali", "Ashcroft", "Petrova", "Adeyemi", "Tanaka",
        "Holloway", "Romano", "Eze", "Sundberg", "Ortiz", "Qureshi", "Delacroix", "Nasser", "Ivanova", "McAllister",
        "Huang", "García-Lobo", "O'Donnell", "van der Berg", "De Luca", "MacLeod", "Okonkwo-Hart",
    ];

    public static readonly string[] Outlets =
    [
        "The Harbour Ledger", "Midland Post", "Northgate Herald", "The Valley Courier", "Riverside Daily", "Eastbrook Times",
        "The Lantern", "Coastline News", "Metro Bulletin", "The Plainsman", "Granite State Wire", "Fenwick Observer",
        "Daily Compass", "The Tidewater", "Summit Record", "Oakridge Gazette", "Portside Mirror", "The Evening Lamp",
    ];

    public static readonly string[] Domains =
    [
        "harbourledger.example", "midlandpost.example", "northgateherald.example.com", "valleycourier.example",
        "riverside-daily.example.co.uk", "eastbrooktimes.example.org", "thelantern.example", "coastlinenews.example.net",
        "metrobulletin.example", "plainsman.example.com.au", "fenwick-observer.example", "dailycompass.example",
    ];

    public static readonly string[] Agencies =
    [
        "AFP", "Reuters", "AP", "Getty Images", "EPA", "Shutterstock", "Bloomberg", "PA Media", "Xinhua", "Anadolu Agency",
        "EPA-EFE", "NurPhoto via Getty Images", "SOPA Images/LightRocket via Getty Images", "AFP via Getty Images", "Alamy",
    ];

    public static readonly string[] Cities =
    [
        "Washington", "London", "New York", "Paris", "Nairobi", "Sydney", "Berlin", "Lagos", "Toronto", "Madrid",
        "Mumbai", "Seoul", "Brussels", "Geneva", "Rome", "Chicago", "Los Angeles", "Cape Town", "Dublin", "Manila",
    ];

    public static readonly string[] Days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    public static readonly string[] Topics = ["politics", "business", "climate", "health", "technology", "sports", "local", "world"];

    public static readonly string[] Organisations =
    [
        "the Civic Desk Collaborative", "Open Ledger Newsroom", "the Rural Reporting Project", "Watershed Investigations",
        "the Northern Health Desk", "Public Square Media",
    ];

    public static readonly string[] Places =
    [
        "the town hall", "the central station", "the courthouse", "the harbour", "the main square", "the parliament building",
        "a polling station", "the city hospital", "a closed factory", "the old bridge", "the stadium", "a refugee camp",
    ];

    public static readonly string[] Sections = ["news", "politics", "world", "business", "local", "sport", "opinion", "tech"];

    public static readonly string[] Roles =
    [
        "Staff Writer", "Senior Correspondent", "Political Reporter", "Contributing Writer", "Health Reporter",
        "Business Editor", "Staff Reporter", "Correspondent",
    ];

    public static readonly string[] AdMarkers =
    [
        "ADVERTISEMENT", "Advertisement", "[ad]", "— Advertisement —", "Story continues below advertisement", "AD",
        "Sponsored content", "- ADVERTISEMENT -", "Advertisement - scroll to continue", "(Advertisement)",
        "Article continues below this ad", "ADVERTISING", "Sponsored", "Paid content", "Continue reading the main story",
        "Ad", "*** Advertisement ***", "Content continues below", "Partner content", "Promoted", "[ ADVERTISEMENT ]",
        "Story continues below", "The story continues after this advertisement", "Ad Feedback", "Sponsored Links",
        "Advertisement — Continue Reading Below", "advertisement", "ADVERTISEMENT\u00a0", "Advertisement Advertisement",
    ];

    public static readonly string[] RelatedLinks =
    [
        "Read more: {title}", "READ MORE: {title}", "Also read: {title}", "Related: {title}", "ALSO READ | {title}",
        "Read also - {title}", "READ MORE >> {title}", "Read More → {title}", "See also: {title}", "Related coverage: {title}",
        "MORE: {title}", "Read next: {title}", "Don't miss: {title}", "RELATED STORY: {title}", "Related Article: {title}",
        "► Read more: {title}", "Read: {title}", "WATCH: {title}", "Recommended: {title}", "Must read: {title}",
        "Read the full story here", "Continue reading", "Read more »", "LISTEN: {title}", "Check out: {title}",
        "READ MORE {title}", "Related — {title}", "Also Read: {title}", "MORE ON THIS: {title}", "Read more at {domain}",
    ];

    public static readonly string[] SourceLines =
    [
        "Source: {outlet}", "Source: {domain}", "SOURCE: {outlet}", "Originally published at {domain}",
        "Originally published on {outlet}", "This article first appeared on {outlet}.", "This story was originally published by {outlet}.",
        "This article originally appeared in {outlet}.", "First published in {outlet} on {date}.",
        "Republished with permission from {outlet}.", "This article is republished from {outlet} under a Creative Commons license.",
        "Via {outlet}", "Source link", "The post {title} appeared first on {outlet}.", "Sources: {agency}, {outlet}",
        "This story first appeared in {outlet} and is reproduced here with permission.", "Story via {outlet}",
    ];

    public static readonly string[] Navigation =
    [
        "Previous post: {title}", "Next post: {title}", "Next article »", "« Previous", "Prev: {title}", "Next: {title}",
        "← Previous Post", "Next Post →", "PREVIOUS ARTICLE {title}", "Older post: {title}", "Newer →", "Next story: {title}",
        "‹ Prev", "Next Article: {title} »", "Previous Story", "« {title}", "{title} »", "Next up: {title}",
        "PREVIOUS: {title}", "NEXT POST", "Previous article{title}", "< Back to {section}",
    ];

    public static readonly string[] RelatedHeaders =
    [
        "Related articles", "Related stories", "More from {outlet}", "You may also like", "Recommended", "Trending now",
        "Most read", "RELATED", "Related Posts:", "More Stories", "Popular on {outlet}", "You might be interested in",
        "Latest news", "Top stories", "What to read next", "Read next", "MORE FROM {OUTLET}", "More in {section}",
        "Related Coverage", "Don't miss", "Editor's picks", "Most Popular", "Recommended for you", "In case you missed it",
        "More on this story", "Read more", "Also on {outlet}:", "Related content", "Keep reading",
    ];

    public static readonly string[] RelatedItemStyles =
    [
        "{title}", "{title}", "{title}", "• {title}", "- {title}", "{n}. {title}", "{title} - {date}", "{title} | {outlet}",
        "{title} ({n} min read)",
    ];

    public static readonly string[] Prompts =
    [
        "Sign up for our {topic} newsletter", "Subscribe to {outlet} for unlimited access", "Follow us on Twitter",
        "Follow {outlet} on Facebook and Instagram.", "Get the latest {topic} news delivered to your inbox.",
        "Download our app for breaking news alerts.", "Click here to subscribe.", "Like us on Facebook",
        "Want more stories like this? Sign up for {outlet}'s daily briefing.", "Never miss a story: get our newsletter.",
        "Don't miss out! Join {n},000 readers who get our morning email.", "Join our WhatsApp channel for the latest updates.",
        "Get breaking news alerts on your phone.", "Stay informed: subscribe to {outlet} today.",
        "To get {outlet}'s top stories in your inbox every morning, sign up here.", "Have a story tip? Email us at tips@{domain}.",
        "SIGN UP FOR OUR NEWSLETTER", "Newsletter: Get the best of {outlet} every weekday.", "📩 Sign up for our {topic} newsletter",
        "Get {outlet} in your inbox — it's free.", "We're on Telegram! Join our channel for updates.",
        "Follow {name} on X: @{handle}", "Sign-up to our free {topic} email here", "Subscribe to our YouTube channel",
        "Interested in {topic}? Sign up for our weekly briefing.",
    ];

    public static readonly string[] Widgets =
    [
        "Share this article", "Share", "Share on Facebook", "Share on X", "Facebook Twitter Email", "Tweet", "Copy link",
        "Comments", "Leave a comment", "0 Comments", "Print", "Email this story", "Share this:", "Share via WhatsApp",
        "Listen to this article", "Gift this article", "Share this story on Facebook", "{n} comments",
    ];

    public static readonly string[] TailPromos =
    [
        "Support our journalism. {outlet} is funded by readers like you — become a member today for as little as $5 a month.",
        "Copyright © {year} {outlet}. All rights reserved.",
        "© {year} {outlet}. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.",
        "This story was produced by {org}, a nonprofit newsroom covering {topic}. Sign up for its newsletters.",
        "Comments are moderated. Please keep the discussion civil and on topic; we reserve the right to remove comments that break our community guidelines.",
        "Enjoying {outlet}? Upgrade to {outlet} Premium for ad-free reading and unlimited access. Cancel anytime.",
        "Subscribe now and get your first three months for just $1. Offer ends soon.",
        "You have read {n} of 10 free articles this month. Subscribe for unlimited access.",
        "Reader donations keep our reporting free. If you value our work, please consider a one-off or monthly donation.",
        "{outlet} is an independent, nonprofit news organization. Donations are tax-deductible.",
        "Independent journalism costs money. Chip in to keep {outlet} free for everyone.",
        "Thank you for reading. To continue supporting local news, subscribe to {outlet} in print or online.",
        "All content © {year} {outlet}, unless otherwise noted.",
        "We welcome your comments. Please read our commenting policy before posting.",
        "Get unlimited digital access for $4.99/month. Already a subscriber? Log in.",
        "{outlet} Plus members get early access to investigations, a members-only podcast and no ads. Join from $3 a month.",
    ];

    public static readonly string[] Credits =
    [
        "Photo: {name}/{agency}", "Photograph: {name}/{agency}", "Image: {agency}", "(Photo by {name} / {agency})",
        "Credit: {name}/{agency}", "Getty Images", "File photo", "{name}/AFP", "{name}/Reuters", "{name} | {outlet}",
        "AP Photo/{name}", "{name}/{agency} via Getty Images", "Photo courtesy of {org}", "(Image credit: {outlet})",
        "PHOTO: {NAME}", "Photo credit: {name}", "{agency} / {name}", "Picture: {name}", "Pic: {agency}", "© {name}/{outlet}",
        "Photo illustration by {name}", "Image source: {agency}", "Photos: {name} for {outlet}", "Handout photo",
        "Photograph by {name} for {outlet}", "{name} for {outlet}", "IMAGE: {agency}", "{NAME}/{AGENCY}",
    ];

    public static readonly string[] Captions =
    [
        "{name} speaks to reporters outside {place} on {day}.",
        "Residents gather near {place} on {day} morning.",
        "A view of {place} in {city} after the storm.",
        "{name}, a city councillor, at a news conference in {city} on {day}.",
        "Police officers stand guard outside {place} in {city}.",
        "Supporters wave flags during a rally in {city} on {day}.",
        "Workers clear debris from a street in {city}'s old town.",
        "A sign reading \"Closed until further notice\" hangs on a shop door in {city}.",
        "Volunteers hand out water at {place} - {city}, {day}",
        "{name} (left) and {name2} arrive at {place} on {day}.",
        "The scene at {place}, where crowds waited for hours on {day}",
        "Smoke rises over {city}'s harbour district early on {day}.",
    ];

    public static readonly string[] CaptionLeads = ["Pictured: ", "Above: ", "PICTURED: ", "In this {day} photo, ", "Caption: "];

    public static readonly string[] StandaloneBylines =
    [
        "By {name}", "{name} | Staff Writer", "Written by {name}", "By {name}, {outlet}", "BY {NAME}", "{name}, {role}",
        "Story by {name}", "By {name} and {name2}", "{name} for {outlet}", "Author: {name}", "By {name} · {n} min read",
        "By {name} | Published {date}", "{NAME}, {ROLE}",
    ];

    public static readonly string[] TailBylines =
    [
        "Reporting by {name}; Editing by {name2}", "Written by {name}", "Additional reporting by {name} in {city}",
        "— {name}, {outlet}", "Contact {name} at {handle}@{domain}.",
    ];

    /// <summary>Bylines glued to the first paragraph. <c>¦</c> marks where the byline ends and the dateline starts.</summary>
    public static readonly string[] GluedBylines =
    [
        "By {name}, Staff Writer¦{CITY} — ", "By {NAME} and {NAME2} Associated Press¦{CITY} (AP) — ", "By {name}¦{CITY} — ",
        "By {name} | {outlet}¦{CITY} — ", "By {name} and {name2}, {outlet}¦{CITY}, {day} ({agency}) - ",
        "BY {NAME}, {ROLE}¦\u00a0{CITY} — ", "By {name}, {role}¦", "By {name}¦", "By {name} and {name2}¦",
        "By {NAME}¦{CITY} (Reuters) - ", "Written by {name}¦{CITY} -- ",
    ];
}
