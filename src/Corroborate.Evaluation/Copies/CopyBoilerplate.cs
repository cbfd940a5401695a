namespace Corroborate.Evaluation.Copies;

/// <summary>Page furniture a republishing site wraps around a body. Lines written for this benchmark.</summary>
internal static class CopyBoilerplate
{
    private static readonly string[] Outlets =
        ["The Harbor Ledger", "Northfield Dispatch", "Metro Wire Daily", "Lakeside Courier", "Capital Beacon", "Summit Post", "Valley Chronicle", "Eastgate Herald"];

    private static readonly string[] Sections = ["News", "World", "Politics", "Business", "Health", "Science", "Opinion", "Local", "Nation", "Tech"];

    private static readonly string[] ChromeLines =
    [
        "Skip to main content",
        "Menu Search Sign in Subscribe",
        "Breaking news alerts are on. Turn off",
        "You are reading the free edition",
        "Advertisement",
    ];

    private static readonly string[] PromoLines =
    [
        "Sign up for our morning newsletter and get the day's top stories in your inbox.",
        "Subscribe today for unlimited access, the first month is on us.",
        "Follow us on Facebook and Twitter for the latest updates.",
        "Support local reporting: become a member for less than a coffee a week.",
        "Get breaking news alerts on your phone with our free app.",
        "Enjoying this story? Share it with a friend who would like it too.",
        "Want more stories like this one? Join our weekend briefing.",
        "This story is free to read. Consider a donation to keep it that way.",
    ];

    private static readonly string[] RelatedLeads = ["Read more:", "Related:", "RELATED:", "See also:", "Most read:", "Don't miss:", "More coverage:"];

    private static readonly string[] ShareLines =
    [
        "Share this article",
        "Share on Facebook Share on Twitter Share by email",
        "Copy link Print Comments",
        "Tweet Share Email Save",
    ];

    public static string Chrome(Random random) => ChromeLines[random.Next(ChromeLines.Length)];

    public static string Navigation(Random random)
    {
        var first = Sections[random.Next(Sections.Length)];
        var second = Sections[random.Next(Sections.Length)];
        return random.Next(3) switch
        {
            0 => $"Home > {first} > {second}",
            1 => "Home | " + string.Join(" | ", Sections.Skip(random.Next(3)).Take(5 + random.Next(3))),
            _ => $"{first} / {second} / Latest",
        };
    }

    public static string Promo(Random random) => PromoLines[random.Next(PromoLines.Length)];

    public static string Related(Random random, string headline) => RelatedLeads[random.Next(RelatedLeads.Length)] + " " + headline;

    public static string Share(Random random) => ShareLines[random.Next(ShareLines.Length)];

    public static string Copyright(Random random) =>
        $"© {2018 + random.Next(5)} {Outlets[random.Next(Outlets.Length)]}. All rights reserved.";
}
