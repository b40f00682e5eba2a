namespace Sitrep.Core;

/// <summary>ACLED's inter codes: the kind of actor an event's actor 1 or actor 2 is.</summary>
public static class AcledInter
{
    /// <summary>State forces.</summary>
    public const int StateForces = 1;
    /// <summary>Rebel groups.</summary>
    public const int RebelGroup = 2;
    /// <summary>Political militias; ACLED also codes an unidentified armed group here.</summary>
    public const int PoliticalMilitia = 3;
    /// <summary>Identity (communal, ethnic, clan) militias.</summary>
    public const int IdentityMilitia = 4;
    /// <summary>Rioters.</summary>
    public const int Rioters = 5;
    /// <summary>Protesters.</summary>
    public const int Protesters = 6;
    /// <summary>Civilians.</summary>
    public const int Civilians = 7;
    /// <summary>External or other forces.</summary>
    public const int External = 8;

    /// <summary>Rebel groups and militias.</summary>
    public static bool IsNonStateArmed(int inter) => inter is RebelGroup or PoliticalMilitia or IdentityMilitia;

    /// <summary>Political and identity militias.</summary>
    public static bool IsMilitia(int inter) => inter is PoliticalMilitia or IdentityMilitia;

    /// <summary>Crowds and civilians: never an armed side.</summary>
    public static bool IsUnarmed(int inter) => inter is Rioters or Protesters or Civilians;
}
