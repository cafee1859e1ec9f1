namespace Cms.Web.Newsroom;

internal sealed class NotFoundException(string message) : Exception(message);
