namespace Sitrep.Core;

/// <summary>The annotation layers a document can carry; stages declare which they require and produce.</summary>
public enum Layer
{
    /// <summary>Caption and boilerplate blocks (photo credits) that are not body text.</summary>
    Captions,
    /// <summary>Token spans with shape flags.</summary>
    Tokens,
    /// <summary>Sentence spans with token ranges.</summary>
    Sentences,
    /// <summary>Named entity mentions.</summary>
    Entities,
    /// <summary>Number expressions with low/best/high values.</summary>
    Quantities,
    /// <summary>Date expressions resolved to days or ranges.</summary>
    Dates,
    /// <summary>Quotes with cue, speaker and role.</summary>
    Quotes,
    /// <summary>ACLED-style events and humanitarian situations.</summary>
    Events,
    /// <summary>Place mentions resolved to coordinates and administrative units.</summary>
    Places,
}
