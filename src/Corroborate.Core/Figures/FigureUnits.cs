using System.Collections.Frozen;

namespace Corroborate.Figures;

/// <summary>
/// The units the extractor knows: written forms (abbreviations, singular and plural words, in British
/// and American spelling) to a normalised <see cref="FigureUnit"/>. Our own table, built for news text.
/// </summary>
/// <remarks>Thread-safe; lookups take spans and allocate nothing.</remarks>
public static class FigureUnits
{
    /// <summary>Percent.</summary>
    public static FigureUnit Percent { get; } = new("percent", "percent", 1, "%");

    /// <summary>Percentage points.</summary>
    public static FigureUnit PercentagePoint { get; } = new("percentage point", "percentage point", 1, "pp");

    /// <summary>Kilometre (used by tests and conversions).</summary>
    public static FigureUnit Kilometre { get; } = new("kilometre", "length", 1000, "km");

    /// <summary>Year as a duration (ages are counted in it).</summary>
    public static FigureUnit Year { get; } = new("year", "duration", 31_557_600, "years");

    // Words: matched without regard to case ("Kilometres", "MILES").
    private static readonly FrozenDictionary<string, FigureUnit> Words;

    // Abbreviations and symbols: case matters ("m" metre vs "M" million, "mm", "MW").
    private static readonly FrozenDictionary<string, FigureUnit> Abbreviations;

    // Currencies by symbol or code, and by word.
    private static readonly FrozenDictionary<string, FigureUnit> CurrencySymbols;
    private static readonly FrozenDictionary<string, FigureUnit> CurrencyWords;

    /// <summary>Scale words and suffixes: "million", "bn", "k".</summary>
    private static readonly FrozenDictionary<string, double> ScaleWords;

    static FigureUnits()
    {
        var words = new Dictionary<string, FigureUnit>(StringComparer.OrdinalIgnoreCase);
        var abbreviations = new Dictionary<string, FigureUnit>(StringComparer.Ordinal);

        void Unit(string name, string dimension, double factor, string symbol, string[] forms, string[] abbrevs)
        {
            var unit = new FigureUnit(name, dimension, factor, symbol);
            foreach (var form in forms)
            {
                words[form] = unit;
            }

            foreach (var abbreviation in abbrevs)
            {
                abbreviations[abbreviation] = unit;
            }
        }

        // Length, base metre.
        Unit("nanometre", "length", 1e-9, "nm", ["nanometre", "nanometres", "nanometer", "nanometers"], ["nm"]);
        Unit("picometre", "length", 1e-12, "pm", ["picometre", "picometres", "picometer", "picometers"], []);
        Unit("millimetre", "length", 0.001, "mm", ["millimetre", "millimetres", "millimeter", "millimeters"], ["mm"]);
        Unit("centimetre", "length", 0.01, "cm", ["centimetre", "centimetres", "centimeter", "centimeters"], ["cm"]);
        Unit("metre", "length", 1, "m", ["metre", "metres", "meter", "meters"], ["m"]);
        Unit("kilometre", "length", 1000, "km", ["kilometre", "kilometres", "kilometer", "kilometers"], ["km", "kms", "Km"]);
        Unit("inch", "length", 0.0254, "in", ["inch", "inches"], ["in", "\""]);
        Unit("foot", "length", 0.3048, "ft", ["foot", "feet"], ["ft"]);
        Unit("yard", "length", 0.9144, "yd", ["yard", "yards"], ["yd", "yds"]);
        Unit("mile", "length", 1609.344, "mi", ["mile", "miles"], ["mi"]);
        Unit("nautical mile", "length", 1852, "nmi", ["nautical mile", "nautical miles"], ["nmi"]);
        // Area, base square metre.
        Unit("square metre", "area", 1, "m²", ["square metre", "square metres", "square meter", "square meters"], ["m2", "m²", "sq m"]);
        Unit("square kilometre", "area", 1e6, "km²", ["square kilometre", "square kilometres", "square kilometer", "square kilometers"], ["km2", "km²", "sq km"]);
        Unit("square mile", "area", 2_589_988.11, "sq mi", ["square mile", "square miles"], ["sq mi", "mi2", "mi²"]);
        Unit("square foot", "area", 0.09290304, "sq ft", ["square foot", "square feet"], ["sq ft", "ft2", "ft²"]);
        Unit("hectare", "area", 10_000, "ha", ["hectare", "hectares", "Hektar"], ["ha"]);
        Unit("acre", "area", 4046.8564224, "acres", ["acre", "acres"], []);
        // Volume, base litre.
        Unit("millilitre", "volume", 0.001, "ml", ["millilitre", "millilitres", "milliliter", "milliliters"], ["ml", "mL"]);
        Unit("centilitre", "volume", 0.01, "cl", ["centilitre", "centilitres", "centiliter", "centiliters"], ["cl"]);
        Unit("litre", "volume", 1, "l", ["litre", "litres", "liter", "liters", "Liter"], ["l", "L"]);
        Unit("gallon", "volume", 3.785411784, "gal", ["gallon", "gallons"], ["gal"]);
        Unit("barrel", "volume", 158.987294928, "bbl", ["barrel", "barrels"], ["bbl"]);
        Unit("cubic metre", "volume", 1000, "m³", ["cubic metre", "cubic metres", "cubic meter", "cubic meters"], ["m3", "m³"]);
        Unit("cubic kilometre", "volume", 1e12, "km³", ["cubic kilometre", "cubic kilometres", "cubic kilometer", "cubic kilometers"], ["km3", "km³"]);
        Unit("cubic centimetre", "volume", 0.001, "cm³", ["cubic centimetre", "cubic centimetres", "cubic centimeter", "cubic centimeters"], ["cm3", "cm³", "cc"]);
        // Mass, base kilogram.
        Unit("milligram", "mass", 1e-6, "mg", ["milligram", "milligrams", "milligramme", "milligrammes"], ["mg"]);
        Unit("gram", "mass", 0.001, "g", ["gram", "grams", "gramme", "grammes"], ["g"]);
        Unit("kilogram", "mass", 1, "kg", ["kilogram", "kilograms", "kilogramme", "kilogrammes", "kilo", "kilos"], ["kg", "kgs"]);
        Unit("tonne", "mass", 1000, "t", ["tonne", "tonnes", "metric ton", "metric tons", "Tonnen"], ["t"]);
        Unit("ton", "mass", 907.18474, "tons", ["ton", "tons"], []);
        Unit("pound", "mass", 0.45359237, "lb", ["pound", "pounds"], ["lb", "lbs"]);
        Unit("ounce", "mass", 0.028349523125, "oz", ["ounce", "ounces"], ["oz"]);
        // Duration, base second.
        Unit("second", "duration", 1, "s", ["second", "seconds", "Sekunden"], ["sec", "secs"]);
        Unit("minute", "duration", 60, "min", ["minute", "minutes", "Minuten"], ["min", "mins"]);
        Unit("hour", "duration", 3600, "h", ["hour", "hours", "Stunden"], ["h", "hr", "hrs"]);
        Unit("day", "duration", 86_400, "days", ["day", "days", "Tage", "Tagen"], []);
        Unit("week", "duration", 604_800, "weeks", ["week", "weeks", "Wochen"], ["wk", "wks"]);
        Unit("month", "duration", 2_629_800, "months", ["month", "months", "Monate", "Monaten"], []);
        Unit("year", "duration", 31_557_600, "years", ["year", "years", "Jahre", "Jahren"], ["yr", "yrs"]);
        Unit("decade", "duration", 315_576_000, "decades", ["decade", "decades"], []);
        Unit("century", "duration", 3_155_760_000, "centuries", ["century", "centuries"], []);
        // Speed, base metre per second.
        Unit("kilometre per hour", "speed", 1000.0 / 3600, "km/h", ["kilometres per hour", "kilometers per hour", "kilometre per hour", "kilometer per hour"], ["km/h", "kph", "kmh"]);
        Unit("mile per hour", "speed", 1609.344 / 3600, "mph", ["miles per hour", "mile per hour"], ["mph"]);
        Unit("metre per second", "speed", 1, "m/s", ["metres per second", "meters per second"], ["m/s"]);
        Unit("knot", "speed", 1852.0 / 3600, "kn", ["knot", "knots"], ["kn", "kt"]);
        // Temperature, base degree Celsius.
        words["degrees Celsius"] = words["degree Celsius"] = words["degrees centigrade"] = abbreviations["°C"] = abbreviations["℃"] = abbreviations["C"] =
            new FigureUnit("degree Celsius", "temperature", 1, "°C");
        words["degrees Fahrenheit"] = words["degree Fahrenheit"] = abbreviations["°F"] = abbreviations["℉"] = abbreviations["F"] =
            new FigureUnit("degree Fahrenheit", "temperature", 5.0 / 9, "°F") { Offset = -32 * 5.0 / 9 };
        Unit("kelvin", "temperature", 1, "K", ["kelvin", "kelvins"], []);
        Unit("degree", "angle", 1, "°", ["degree", "degrees"], ["°"]);
        // Energy, power, data, frequency.
        Unit("watt", "power", 1, "W", ["watt", "watts"], ["W"]);
        Unit("kilowatt", "power", 1e3, "kW", ["kilowatt", "kilowatts"], ["kW"]);
        Unit("megawatt", "power", 1e6, "MW", ["megawatt", "megawatts"], ["MW"]);
        Unit("gigawatt", "power", 1e9, "GW", ["gigawatt", "gigawatts"], ["GW"]);
        Unit("watt hour", "energy", 3600, "Wh", ["watt hour", "watt hours", "watt-hour", "watt-hours"], ["Wh"]);
        Unit("kilowatt hour", "energy", 3.6e6, "kWh", ["kilowatt hour", "kilowatt hours", "kilowatt-hour", "kilowatt-hours"], ["kWh"]);
        Unit("megawatt hour", "energy", 3.6e9, "MWh", ["megawatt hour", "megawatt hours", "megawatt-hour", "megawatt-hours"], ["MWh"]);
        Unit("gigawatt hour", "energy", 3.6e12, "GWh", ["gigawatt hour", "gigawatt hours", "gigawatt-hour", "gigawatt-hours"], ["GWh"]);
        Unit("electronvolt", "energy", 1.602176634e-19, "eV", ["electronvolt", "electronvolts", "electron volt", "electron volts"], ["eV"]);
        Unit("teraelectronvolt", "energy", 1.602176634e-7, "TeV", [], ["TeV"]);
        Unit("British thermal unit", "energy", 1055.06, "BTU", ["British thermal unit", "British thermal units"], ["BTU", "Btu"]);
        Unit("joule", "energy", 1, "J", ["joule", "joules"], ["J"]);
        Unit("calorie", "energy", 4184, "kcal", ["calorie", "calories", "kilocalorie", "kilocalories"], ["kcal"]);
        Unit("bit", "data", 0.125, "bit", ["bit", "bits"], []);
        Unit("byte", "data", 1, "B", ["byte", "bytes"], []);
        Unit("kilobyte", "data", 1e3, "kB", ["kilobyte", "kilobytes"], ["kB", "KB"]);
        Unit("megabyte", "data", 1e6, "MB", ["megabyte", "megabytes"], ["MB"]);
        Unit("gigabyte", "data", 1e9, "GB", ["gigabyte", "gigabytes"], ["GB"]);
        Unit("terabyte", "data", 1e12, "TB", ["terabyte", "terabytes"], ["TB"]);
        Unit("exabyte", "data", 1e18, "EB", ["exabyte", "exabytes"], ["EB"]);
        Unit("hertz", "frequency", 1, "Hz", ["hertz"], ["Hz"]);
        Unit("megahertz", "frequency", 1e6, "MHz", ["megahertz"], ["MHz"]);
        Unit("gigahertz", "frequency", 1e9, "GHz", ["gigahertz"], ["GHz"]);
        Unit("milligray", "radiation dose", 0.001, "mGy", [], ["mGy"]);
        Unit("gray", "radiation dose", 1, "Gy", [], ["Gy"]);
        words["percent"] = words["per cent"] = words["pct"] = words["Prozent"] = words["percentage"] = abbreviations["%"] = Percent;
        words["percentage points"] = words["percentage point"] = PercentagePoint;
        Words = words.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        Abbreviations = abbreviations.ToFrozenDictionary(StringComparer.Ordinal);

        var symbols = new Dictionary<string, FigureUnit>(StringComparer.Ordinal);
        var currencyWords = new Dictionary<string, FigureUnit>(StringComparer.OrdinalIgnoreCase);
        void Currency(string code, string name, string symbol, string[] signs, string[] names, double factor = 1)
        {
            var unit = new FigureUnit(name, "currency:" + code, factor, symbol);
            symbols[code] = unit;
            foreach (var sign in signs)
            {
                symbols[sign] = unit;
            }

            foreach (var word in names)
            {
                currencyWords[word] = unit;
            }
        }

        Currency("USD", "dollar", "$", ["$", "US$", "USD"], ["dollar", "dollars", "US dollars", "Dollar"]);
        Currency("EUR", "euro", "€", ["€", "EUR"], ["euro", "euros", "Euro"]);
        Currency("GBP", "pound sterling", "£", ["£", "GBP"], ["pound sterling", "pounds sterling", "sterling"]);
        Currency("JPY", "yen", "¥", ["¥", "JPY"], ["yen"]);
        Currency("CNY", "yuan", "CNY", ["CNY", "RMB"], ["yuan", "renminbi"]);
        Currency("INR", "rupee", "₹", ["₹", "INR", "Rs"], ["rupee", "rupees"]);
        Currency("CHF", "franc", "CHF", ["CHF"], ["Swiss francs", "francs", "franc"]);
        Currency("AUD", "Australian dollar", "A$", ["A$", "AUD"], ["Australian dollars"]);
        Currency("CAD", "Canadian dollar", "C$", ["C$", "CAD"], ["Canadian dollars"]);
        var cent = new FigureUnit("cent", "currency:USD", 0.01, "¢");
        currencyWords["cent"] = currencyWords["cents"] = cent;
        symbols["¢"] = cent;
        currencyWords["penny"] = currencyWords["pence"] = currencyWords["pennies"] = new FigureUnit("penny", "currency:GBP", 0.01, "p");
        currencyWords["dime"] = currencyWords["dimes"] = new FigureUnit("dime", "currency:USD", 0.1, "dimes");
        CurrencySymbols = symbols.ToFrozenDictionary(StringComparer.Ordinal);
        CurrencyWords = currencyWords.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

        ScaleWords = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase)
        {
            ["thousand"] = 1e3, ["million"] = 1e6, ["millions"] = 1e6, ["billion"] = 1e9, ["trillion"] = 1e12,
            ["bn"] = 1e9, ["mn"] = 1e6, ["mln"] = 1e6, ["tn"] = 1e12, ["k"] = 1e3,
            ["Millionen"] = 1e6, ["Million"] = 1e6, ["Mio"] = 1e6, ["Milliarden"] = 1e9, ["Milliarde"] = 1e9, ["Mrd"] = 1e9, ["Tausend"] = 1e3,
        }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>A unit written as a word or phrase ("kilometres", "square miles"), any case.</summary>
    public static FigureUnit? Word(ReadOnlySpan<char> text) =>
        Words.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text, out var unit) ? unit : null;

    /// <summary>A unit written as an abbreviation or symbol ("km", "%", "°C"), exact case.</summary>
    public static FigureUnit? Abbreviation(ReadOnlySpan<char> text) =>
        Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text, out var unit) ? unit : null;

    /// <summary>A currency sign or code ("$", "€", "US$", "EUR").</summary>
    public static FigureUnit? CurrencySymbol(ReadOnlySpan<char> text) =>
        CurrencySymbols.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text, out var unit) ? unit : null;

    /// <summary>A currency written as a word ("euros", "dollars").</summary>
    public static FigureUnit? CurrencyWord(ReadOnlySpan<char> text) =>
        CurrencyWords.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text, out var unit) ? unit : null;

    /// <summary>A scale word or suffix ("million" → 1e6, "bn" → 1e9), any case; 0 when none.</summary>
    public static double Scale(ReadOnlySpan<char> text) =>
        ScaleWords.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text, out var scale) ? scale : 0;

    /// <summary>Whether a currency unit.</summary>
    public static bool IsCurrency(FigureUnit unit) => unit.Dimension.StartsWith("currency:", StringComparison.Ordinal);
}
