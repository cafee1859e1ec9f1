using Cms.Search.Analysis;
using Cms.Search.Index;

namespace Cms.Search.Tests.Searching;

/// <summary>An in-memory index holding a few documents in three languages.</summary>
public sealed class IndexFixture : IDisposable
{
    public IndexFixture() => Index = new TestIndex(Analyzers, Documents);

    public static Analyzers Analyzers { get; } = new();

    public TestIndex Index { get; }

    public static IReadOnlyList<SearchDocument> Documents { get; } =
    [
        Doc(1, "osh-platform", "ru", "news", 2023, "В Оше состоялось первое заседание диалоговой площадки",
            "Представители мэрии и депутаты города Ош собрались в новостройках.",
            "Участники обсудили жизнь в новостройках Манас-Ата, Алай 1 и Эдельвейс.", ["Ош"], ["диалог"]),
        Doc(2, "osh-platform", "ky", "news", 2023, "Ош шаарында диалог аянтчасынын биринчи жыйыны өттү",
            "Мэриянын өкүлдөрү жана депутаттар чогулушту.",
            "Кыргызстандын жаңы конуштарында турган жарандардын жашоо шартын жакшыртуу. Көлдө сейилдөө.", ["Ош"], ["диалог"]),
        Doc(3, "grants", "ru", "announcement", 2024, "В Бишкеке обсудят программу малых грантов",
            "Круглый стол по новостройкам Ак-Ордо-3 и Ала-Тоо-3.",
            "Лидеры сообществ новостроек Ак-Жар, Ак-Ордо-3, Ала-Тоо-3 обсудят гранты.", ["Бишкек"], ["гранты"]),
        Doc(4, "seminar", "ka", "event", 2017, "საერთაშორისო სემინარი თბილისში",
            "რესურსცენტრების მხარდაჭერა.",
            "სემინარის მონაწილეები თბილისში შეხვდნენ. ისიკ-კული არ არის.", ["თბილისი"], ["სემინარი"]),
        Doc(5, "lake", "ky", "news", 2022, "Ысык-Көл жээгинде тренинг",
            "Тренинг Ысык-Көлдө өттү.",
            "Катышуучулар Ысык-Көл облусунан келишти.", ["Ысык-Көл"], ["тренинг"]),
    ];

    public void Dispose() => Index.Dispose();

    private static SearchDocument Doc(long id, string story, string language, string kind, int year, string title, string summary, string body, string[] places, string[] tags) =>
        new(id, story, language, kind, new DateTime(year, 5, 1, 6, 0, 0, DateTimeKind.Utc), title, "slug-" + id, summary, body, places, tags, [.. places, .. tags]);
}
