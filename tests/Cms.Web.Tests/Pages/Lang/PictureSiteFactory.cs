using Cms.Web.Tests.Newsroom;

namespace Cms.Web.Tests.Pages.Lang;

/// <summary>The newsroom site with one live story in ru and ky whose picture has alt texts, captions and a credit;
/// the story is made once for the test class.</summary>
public sealed class PictureSiteFactory : NewsroomFactory
{
    private readonly Lazy<Task<(string Key, string RuSlug, string KySlug, string Image)>> story;

    public PictureSiteFactory() => story = new(CreateStoryAsync);

    internal Task<(string Key, string RuSlug, string KySlug, string Image)> StoryAsync() => story.Value;

    private async Task<(string Key, string RuSlug, string KySlug, string Image)> CreateStoryAsync()
    {
        using var editor = await ClientAsync("editor");
        (await MediaUploads.UploadAsync(
            editor,
            TestPhotos.Jpeg(2000, 1250),
            "round-table.jpg",
            ("alt[ru]", "Участники за круглым столом"),
            ("alt[ky]", "Тегерек үстөлдүн катышуучулары"),
            ("caption[ru]", "Круглый стол в Оше, 22 августа"),
            ("caption[ky]", "Оштогу тегерек үстөл, 22-август"),
            ("credit", "Айбек Асанов"))).Dispose();
        var item = await MediaUploads.NewestAsync(this);
        var (key, ruSlug, kySlug) = await MediaUploads.LiveStoryWithPictureAsync(this, "Круглый стол с фотографией", item.StoredName);
        return (key, ruSlug, kySlug, item.StoredName);
    }
}
