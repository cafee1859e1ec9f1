namespace Cms.Web.Newsroom;

/// <summary>Someone saved the story's shared fields since this editor opened them; nothing was overwritten.</summary>
internal sealed class FieldsConflictException(StoryFields theirs)
    : Exception("The shared fields were changed by someone else since you opened them; nothing was overwritten.")
{
    public StoryFields Theirs { get; } = theirs;
}
