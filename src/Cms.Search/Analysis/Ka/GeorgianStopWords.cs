using System.Collections.Frozen;

namespace Cms.Search.Analysis.Ka;

public static class GeorgianStopWords
{
    // Most frequent forms tagged CCONJ, SCONJ, ADP, PRON, DET, PART, AUX and functional ADV in the
    // UD Georgian treebanks (ka_gnc train + ka_glc dev), counted by form; content words were left out.
    // Only whole function words: split-off postpositions (-ში, -ზე) are handled by the stemmer.
    public static FrozenSet<string> Words { get; } = FrozenSet.ToFrozenSet(
    [
        "და", "რომ", "ეს", "ამ", "ის", "იგი", "იმ", "მას", "მან", "მისი", "მის", "მათ", "მათი",
        "ისინი", "ესენი", "ჩვენ", "ჩვენი", "თქვენ", "თქვენი", "მე", "შენ", "ჩემი", "შენი", "თავის", "თავისი",
        "რომელიც", "რომლებიც", "რომელსაც", "რომლის", "რომლებსაც", "რომელ", "რომლითაც", "რაც", "რა", "რას", "რის",
        "ვინ", "ვინც", "რაღაც", "ყველა", "ყველაფერი", "სხვა", "ასეთი", "ისეთი", "ერთ-ერთი",
        "მაგრამ", "თუ", "ან", "ანუ", "ხოლო", "თუმცა", "როგორც", "როცა", "როდესაც", "რადგან", "რათა", "ვიდრე",
        "კი", "არ", "ვერ", "არც", "აღარ", "ნუ", "ხომ", "კიდევ", "უკვე", "ჯერ", "ისევ", "მხოლოდ", "უფრო",
        "ასე", "ისე", "აქ", "იქ", "ახლა", "მაშინ", "ძალიან", "ასევე",
        "შესახებ", "შორის", "მიერ", "გამო", "შემდეგ", "გარდა", "მიმართ", "მერე", "წინ",
        "არის", "არიან", "იყო", "იყვნენ", "იყოს", "იქნება", "ვარ", "ხარ", "უნდა",
    ],
    StringComparer.Ordinal);
}
