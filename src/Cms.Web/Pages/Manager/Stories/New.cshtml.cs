using Cms.Web.Content.Rules;
using Cms.Web.Data;
using Cms.Web.Infrastructure;
using Cms.Web.Localization;
using Cms.Web.Newsroom;
using Microsoft.AspNetCore.Mvc;

namespace Cms.Web.Pages.Manager.Stories;

/// <summary>Starts a story in one language; the editor then adds the others beside it.</summary>
internal sealed class NewModel(NewsroomService newsroom, SiteLanguages languages, SiteClock clock) : ManagerPageModel(languages, clock)
{
    [BindProperty]
    public string Language { get; set; } = "ky";

    [BindProperty]
    public string Kind { get; set; } = "News";

    [BindProperty]
    public string Title { get; set; } = "";

    [BindProperty]
    public string? Summary { get; set; }

    [BindProperty]
    public string? Body { get; set; }

    public IReadOnlyList<UiMessage> Errors { get; private set; } = [];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        try
        {
            var kind = StoryKinds.Submitted(Kind);
            var story = await newsroom.CreateStoryAsync(
                new StoryFields(kind, null, null, [], [], null, []),
                Language,
                [(Language, new TranslationEdit(Title, null, Summary ?? "", Body ?? ""))],
                UserName,
                cancellationToken);
            return Redirect($"/manager/stories/{story.Id}?left={Language}");
        }
        catch (NewsroomValidationException ex)
        {
            Errors = [.. ex.Messages.SelectMany(e => e.Value)];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
    }
}
