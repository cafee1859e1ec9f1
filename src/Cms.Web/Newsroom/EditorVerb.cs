namespace Cms.Web.Newsroom;

internal enum EditorVerb
{
    Submit,
    Publish,
    Schedule,
    Unpublish,
    PublishFields,
}
