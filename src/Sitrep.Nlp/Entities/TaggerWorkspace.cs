namespace Sitrep.Nlp.Entities;

/// <summary>Scratch arrays for tagging one sentence at a time; one per thread, grown on demand and reused so tagging does not allocate.</summary>
internal sealed class TaggerWorkspace
{
    /// <summary>Upper bound on the features one token can fire.</summary>
    public const int MaxFeaturesPerToken = 96;

    private readonly int _labels;

    public TaggerWorkspace(int labels)
    {
        _labels = labels;
        EnsureTokens(64);
    }

    public ulong[] Folded { get; private set; } = [];
    public ulong[] Exact { get; private set; } = [];
    public ulong[] ShortShape { get; private set; } = [];
    public ulong[] LongShape { get; private set; } = [];
    public bool[] Capitalised { get; private set; } = [];
    public int[] Cluster { get; private set; } = [];
    public byte[] Kind { get; private set; } = [];
    public ulong[] Gazetteer { get; private set; } = [];
    public int[] Features { get; private set; } = [];
    public int[] Offsets { get; private set; } = [];
    /// <summary>Emission scores, token-major: <c>[token · labels + label]</c>.</summary>
    public float[] Emissions { get; private set; } = [];
    /// <summary>Viterbi scores of the best path ending in each label.</summary>
    public float[] Forward { get; private set; } = [];
    /// <summary>Best score of the rest of the sentence after each label.</summary>
    public float[] Backward { get; private set; } = [];
    public int[] Pointers { get; private set; } = [];
    public int[] Tags { get; private set; } = [];
    public float[] Margins { get; private set; } = [];

    public void EnsureTokens(int n)
    {
        if (Folded.Length >= n) return;
        int size = Math.Max(n, Folded.Length * 2);
        Folded = new ulong[size];
        Exact = new ulong[size];
        ShortShape = new ulong[size];
        LongShape = new ulong[size];
        Capitalised = new bool[size];
        Cluster = new int[size];
        Kind = new byte[size];
        Gazetteer = new ulong[size];
        Features = new int[size * MaxFeaturesPerToken];
        Offsets = new int[size + 1];
        Emissions = new float[size * _labels];
        Forward = new float[size * _labels];
        Backward = new float[size * _labels];
        Pointers = new int[size * _labels];
        Tags = new int[size];
        Margins = new float[size];
    }
}
