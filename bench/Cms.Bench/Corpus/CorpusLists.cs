namespace Cms.Bench.Corpus;

/// <summary>The small closed lists the generated stories draw their metadata and set phrases from.</summary>
internal static class CorpusLists
{
    public static readonly string[] Places =
        ["Ош", "Бишкек", "Тбилиси", "Ысык-Көл", "Нарын", "Кутаиси", "Жалал-Абад", "Каракол", "Талас", "Баткен", "Батуми", "Токмок"];

    public static readonly Dictionary<string, string> GeorgianPlaces = new(StringComparer.Ordinal)
    {
        ["Тбилиси"] = "თბილისი",
        ["Кутаиси"] = "ქუთაისი",
        ["Батуми"] = "ბათუმი",
    };

    public static readonly string[] Tags =
    [
        "диалог аянтчасы", "жарандык коом", "круглый стол", "гражданское общество", "семинар", "тренинг",
        "мониторинг", "новостройки", "სემინარი", "დიალოგი",
    ];

    public static readonly string[] Organisers =
    [
        "Эдвокаси борбору", "ӨСИ", "Эвиденс Центральная Азия", "Мэрия города Ош", "Фонд Евразия",
        "ადგილობრივი დემოკრატიის სააგენტო",
    ];

    public static readonly string?[] Projects = ["Аракет", "Ынтымактуу жашоо", null];

    public static readonly (string Kind, double Weight)[] Kinds = [("news", 0.6), ("announcement", 0.2), ("event", 0.2)];

    /// <summary>Language sets of a story with their weights: about 40% ru, 40% ky, 20% ka translations.</summary>
    public static readonly (string[] Languages, double Weight)[] LanguageSets =
    [
        (["ru"], 0.2), (["ky"], 0.2), (["ka"], 0.1), (["ky", "ru"], 0.3), (["ru", "ka"], 0.05), (["ky", "ka"], 0.05),
        (["ky", "ru", "ka"], 0.1),
    ];

    public static readonly Dictionary<string, string[]> Collocations = new(StringComparer.Ordinal)
    {
        ["ru"] =
        [
            "круглого стола", "диалоговой площадки", "гражданского общества", "местного самоуправления",
            "жилищных условий", "малых грантов", "в новостройках", "в Бишкеке", "в Оше", "в Тбилиси", "на Ысык-Куле",
        ],
        ["ky"] =
        [
            "диалог аянтчасы", "жарандык коом", "жергиликтүү өз алдынча башкаруу", "жаңы конуштарда", "тегерек үстөл",
            "Бишкекте", "Ош шаарында", "Ысык-Көлдө", "Нарында",
        ],
        ["ka"] =
        [
            "სამოქალაქო საზოგადოება", "მრგვალი მაგიდა", "ადგილობრივი თვითმმართველობა", "საერთაშორისო სემინარი",
            "თბილისში", "ქუთაისში", "ბათუმში",
        ],
    };
}
