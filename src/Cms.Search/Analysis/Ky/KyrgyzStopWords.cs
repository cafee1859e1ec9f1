using System.Collections.Frozen;

namespace Cms.Search.Analysis.Ky;

/// <summary>
/// Very frequent Kyrgyz function words. Chosen by hand from the most frequent ADP, CCONJ, SCONJ, PRON,
/// DET, AUX, PART and function-like ADV tokens of the UD Kyrgyz KTMU treebank (ky_ktmu), completed with
/// the other inflected forms of the same pronouns and postpositions. Content-bearing adverbs and numerals
/// are left out on purpose: they are useful in queries.
/// </summary>
public static class KyrgyzStopWords
{
    public static FrozenSet<string> Words { get; } = new[]
    {
        // Conjunctions and particles.
        "жана", "менен", "же", "бирок", "да", "дагы", "де", "деп", "дейт", "эле", "гана", "эмес",
        "ошондой", "ошондуктан", "анткени", "себеби", "эгер", "эгерде", "эми", "анан", "бы", "беле",
        "го", "ко", "чы", "ле", "ээ", "экен", "эч",
        // Postpositions.
        "үчүн", "боюнча", "карата", "чейин", "кийин", "бери", "тууралуу", "жөнүндө", "аркылуу", "сыяктуу",
        "тарабынан", "ылайык", "каршы", "катары", "арасында", "караганда", "ашык",
        // Pronouns and determiners.
        "бул", "ал", "алар", "анын", "аны", "ага", "анда", "андан", "алардын", "аларды", "аларга",
        "бу", "мунун", "муну", "буга", "мында", "мындан", "булар",
        "ошол", "ошо", "ушул", "ушу", "тигил", "ошону", "ушуну", "ошого", "ушуга", "ошонун", "ушунун",
        "мен", "сен", "сиз", "биз", "силер", "менин", "сенин", "сиздин", "биздин",
        "өз", "өзү", "өзүнүн", "ким", "эмне", "кайсы", "кандай", "качан", "кайда", "канча", "ар", "бардык",
        "бир", "бири", "баары",
    }.ToFrozenSet(StringComparer.Ordinal);
}
