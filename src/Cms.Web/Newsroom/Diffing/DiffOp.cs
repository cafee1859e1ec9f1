namespace Cms.Web.Newsroom.Diffing;

internal enum DiffOp
{
    Equal,
    Insert,
    Delete,
}
