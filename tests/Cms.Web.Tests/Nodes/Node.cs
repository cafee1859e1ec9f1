namespace Cms.Web.Tests.Nodes;

/// <summary>One of the two nodes of a <see cref="NodePair"/>; A starts first.</summary>
public enum Node
{
    A,
    B,
}
