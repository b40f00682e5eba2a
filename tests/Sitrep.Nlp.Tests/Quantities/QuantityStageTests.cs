using System.Globalization;
using Sitrep.Core;
using Sitrep.Nlp.Quantities;
using Sitrep.Nlp.Tests.Support;

namespace Sitrep.Nlp.Tests.Quantities;

/// <summary>Real phrasings from conflict reporting (ACLED notes, FA-KES articles, wire copy) and what a coder reads in them.</summary>
public class QuantityStageTests
{
    private static readonly QuantityStage Stage = new();

    private static Quantity Find(string text, string span)
    {
        var found = Stage.Read(text);
        return found.SingleOrDefault(q => text[q.Span.Start..q.Span.End] == span)
            ?? throw new Xunit.Sdk.XunitException($"no quantity '{span}' in \"{text}\"; found: " +
                string.Join(" | ", found.Select(q => $"'{text[q.Span.Start..q.Span.End]}' {q.Kind} {q.Low}/{q.Best}/{q.High}")));
    }

    private static double? Value(string s) => s == "-" ? null : double.Parse(s, CultureInfo.InvariantCulture);

    private static void AssertValues(Quantity q, string values)
    {
        var parts = values.Split('/');
        Assert.Equal((Value(parts[0]), Value(parts[1]), Value(parts[2])), (q.Low, q.Best, q.High));
    }

    [Theory]
    // Plain counts: digits, separators, words.
    [InlineData("Troops attacked from four fronts, in their first offensive.", "four fronts", QuantityKind.Count, "4/4/4")]
    [InlineData("The convoy was carrying 5000 people and aid.", "5000 people", QuantityKind.Count, "5000/5000/5000")]
    [InlineData("The OSCE SMM observed a total of 1052 projectiles/explosions near Prymorske.", "a total of 1052 projectiles", QuantityKind.Count, "1052/1052/1052")]
    [InlineData("On 9 May 2020, 8 Saudi-led coalition airstrikes reportedly targeted pro-Houthi forces.", "8 Saudi-led coalition airstrikes", QuantityKind.Count, "8/8/8")]
    [InlineData("Police deployed in 10 neighbourhoods of the capital.", "10 neighbourhoods", QuantityKind.Count, "10/10/10")]
    [InlineData("Militants fired 12 rockets at the base.", "12 rockets", QuantityKind.Count, "12/12/12")]
    [InlineData("They destroyed twenty-three houses in the village.", "twenty-three houses", QuantityKind.Count, "23/23/23")]
    [InlineData("The camp hosts 1.5 million people.", "1.5 million people", QuantityKind.Count, "1500000/1500000/1500000")]
    [InlineData("The camp hosts two million people.", "two million people", QuantityKind.Count, "2000000/2000000/2000000")]
    [InlineData("Rebels seized a dozen villages overnight.", "a dozen villages", QuantityKind.Count, "12/12/12")]
    [InlineData("Half a dozen vehicles were set on fire.", "Half a dozen vehicles", QuantityKind.Count, "6/6/6")]
    [InlineData("The army said it had seized three hundred rifles.", "three hundred rifles", QuantityKind.Count, "300/300/300")]
    [InlineData("Protesters, numbering one hundred and twenty, marched on the ministry.", "one hundred and twenty", QuantityKind.Count, "120/120/120")]
    // Vague amounts read the ACLED way.
    [InlineData("Dozens of protesters gathered in Beirut.", "Dozens of protesters", QuantityKind.Count, "12/12/-")]
    [InlineData("Hundreds of families fled the fighting to the border.", "Hundreds of families fled", QuantityKind.Displaced, "100/100/-")]
    [InlineData("Thousands of residents marched in the capital.", "Thousands of residents", QuantityKind.Count, "1000/1000/-")]
    [InlineData("The regime is bolstered by tens of thousands of troops from Russia.", "tens of thousands of troops", QuantityKind.Troops, "10000/10000/-")]
    [InlineData("Hundreds of thousands of people have been uprooted.", "Hundreds of thousands of people have been uprooted", QuantityKind.Displaced, "100000/100000/-")]
    [InlineData("Several residents of Daret Azza held a vigil.", "Several residents", QuantityKind.Count, "3/3/-")]
    [InlineData("The convoy included several hundred pro-government fighters who were granted safe passage.", "several hundred pro-government fighters", QuantityKind.Count, "200/200/-")]
    [InlineData("Scores of tents were flattened.", "Scores of tents", QuantityKind.Count, "20/20/-")]
    [InlineData("Millions of Syrians have also been displaced due to the violence.", "Millions of Syrians have also been displaced", QuantityKind.Displaced, "1000000/1000000/-")]
    // Hedges.
    [InlineData("More than 350 people have been killed in the bombing campaign.", "More than 350 people have been killed", QuantityKind.Fatalities, "350/350/-")]
    [InlineData("Under the deal more than 2000 people including rebel fighters were granted safe passage.", "more than 2000 people", QuantityKind.Count, "2000/2000/-")]
    [InlineData("The convoy was carrying at least 5000 people including civilians.", "at least 5000 people", QuantityKind.Count, "5000/5000/-")]
    [InlineData("Rebels are fighting to reopen the route for the some 250,000 residents on the eastern side who remain trapped.", "some 250,000 residents", QuantityKind.Trapped, "-/250000/-")]
    [InlineData("The army is thought to number approximately 15,000-20,000 around Aleppo.", "approximately 15,000-20,000", QuantityKind.Troops, "15000/17500/20000")]
    [InlineData("About 200 families returned to the town.", "About 200 families", QuantityKind.Count, "-/200/-")]
    [InlineData("Around 40 vehicles were in the convoy.", "Around 40 vehicles", QuantityKind.Count, "-/40/-")]
    [InlineData("Roughly 3,000 fighters remain in the enclave.", "Roughly 3,000 fighters", QuantityKind.Count, "-/3000/-")]
    [InlineData("Nearly 100 shells hit the district.", "Nearly 100 shells", QuantityKind.Count, "-/100/100")]
    [InlineData("Almost 70 trucks crossed the border.", "Almost 70 trucks", QuantityKind.Count, "-/70/70")]
    [InlineData("Over 100 people were injured after the truck bomb exploded.", "Over 100 people were injured", QuantityKind.Injured, "100/100/-")]
    [InlineData("Fewer than 20 fighters held the hill.", "Fewer than 20 fighters", QuantityKind.Count, "-/-/20")]
    [InlineData("There could be up to a year of street-to-street fighting.", "up to a year", QuantityKind.Duration, "-/-/1")]
    [InlineData("Up to 30 boats were seen off the coast.", "Up to 30 boats", QuantityKind.Count, "-/-/30")]
    [InlineData("An estimated 4,000 people live in the camp.", "An estimated 4,000 people", QuantityKind.Count, "-/4000/-")]
    [InlineData("Upwards of 500 trucks are waiting at the crossing.", "Upwards of 500 trucks", QuantityKind.Count, "500/500/-")]
    [InlineData("No fewer than 12 mortars landed near the school.", "No fewer than 12 mortars", QuantityKind.Count, "12/12/-")]
    [InlineData("As many as 1300 people were gassed, by one report.", "As many as 1300 people", QuantityKind.Count, "-/-/1300")]
    [InlineData("Less than 10 percent of the aid arrived.", "Less than 10 percent", QuantityKind.Percent, "-/-/10")]
    // Ranges.
    [InlineData("Estimates put the force at 15,000-20,000 fighters.", "15,000-20,000 fighters", QuantityKind.Count, "15000/17500/20000")]
    [InlineData("Between 10 and 12 trucks entered the city.", "Between 10 and 12 trucks", QuantityKind.Count, "10/11/12")]
    [InlineData("As a result, between 43 and 52 persons were killed and many were wounded.", "between 43 and 52 persons were killed", QuantityKind.Fatalities, "43/47.5/52")]
    [InlineData("Two or three shells hit the market.", "Two or three shells", QuantityKind.Count, "2/2.5/3")]
    [InlineData("The blast left 10 to 15 people injured.", "10 to 15 people injured", QuantityKind.Injured, "10/12.5/15")]
    [InlineData("Officials said 2 to 3 million people need food aid.", "2 to 3 million people", QuantityKind.Count, "2000000/2500000/3000000")]
    [InlineData("The gunmen opened fire, killing between 2 to 4 QSD fighters.", "killing between 2 to 4 QSD fighters", QuantityKind.Fatalities, "2/3/4")]
    [InlineData("2 Taliban militants were killed and 3-5 were wounded.", "3-5 were wounded", QuantityKind.Injured, "3/4/5")]
    // Casualty roles: active verbs before the figure.
    [InlineData("Air strikes in and around a town on Tuesday killed 26 people and severely damaged a hospital.", "killed 26 people", QuantityKind.Fatalities, "26/26/26")]
    [InlineData("An air strike hit its courtyard killing 14 people including patients.", "killing 14 people", QuantityKind.Fatalities, "14/14/14")]
    [InlineData("Separate air strikes killed at least 12 people including civilians and rebel fighters.", "killed at least 12 people", QuantityKind.Fatalities, "12/12/-")]
    [InlineData("ADF fighters armed with guns and machetes killed 5 civilians and injured another.", "killed 5 civilians", QuantityKind.Fatalities, "5/5/5")]
    [InlineData("An airstrike by US military forces killed 6 Taliban militants, and injured 5, in Tarinkot.", "killed 6 Taliban militants", QuantityKind.Fatalities, "6/6/6")]
    [InlineData("Afghan security forces repelled an attack, killing 5 militants and injuring 6, in Panjwaye.", "injuring 6", QuantityKind.Injured, "6/6/6")]
    [InlineData("Suspected ISGS militants killed nine civilians in the village of Zibane.", "killed nine civilians", QuantityKind.Fatalities, "9/9/9")]
    [InlineData("Suspected Dozo militiamen killed at least seventeen members of the Fulani community.", "killed at least seventeen members", QuantityKind.Fatalities, "17/17/-")]
    [InlineData("Al shabaab militants claimed to have killed two soldiers and injured five others.", "injured five others", QuantityKind.Injured, "5/5/5")]
    [InlineData("The clashes in South Darfur killed at least 31, and wounded dozens.", "killed at least 31", QuantityKind.Fatalities, "31/31/-")]
    [InlineData("The clashes in South Darfur killed at least 31, and wounded dozens.", "wounded dozens", QuantityKind.Injured, "12/12/-")]
    [InlineData("A missile fired by Syrian forces killed at least 18 civilians on Tuesday.", "killed at least 18 civilians", QuantityKind.Fatalities, "18/18/-")]
    [InlineData("The attack killed at least 16 people and wounded another 40.", "wounded another 40", QuantityKind.Injured, "40/40/40")]
    [InlineData("US-led coalition warplanes killed 56 civilians including 19 children in Manbij.", "killed 56 civilians", QuantityKind.Fatalities, "56/56/56")]
    [InlineData("Gunmen abducted 20 passengers on the highway.", "abducted 20 passengers", QuantityKind.Missing, "20/20/20")]
    [InlineData("Police arrested 45 protesters in the square.", "arrested 45 protesters", QuantityKind.Arrested, "45/45/45")]
    [InlineData("Security forces detained dozens of demonstrators.", "detained dozens of demonstrators", QuantityKind.Arrested, "12/12/-")]
    [InlineData("The fighting has displaced 30,000 people since March.", "displaced 30,000 people", QuantityKind.Displaced, "30000/30000/30000")]
    [InlineData("The floods and shelling displaced more than 200 families.", "displaced more than 200 families", QuantityKind.Displaced, "200/200/-")]
    [InlineData("The bombing claimed the lives of 30 civilians.", "claimed the lives of 30 civilians", QuantityKind.Fatalities, "30/30/30")]
    [InlineData("Pro-Houthi forces claimed to have thwarted two attacks, killing and injuring more than 20 fighters.", "killing and injuring more than 20 fighters", QuantityKind.Casualties, "20/20/-")]
    [InlineData("Turkish Army Forces killed or injured total of 4 PKK militants during airstrikes.", "killed or injured total of 4 PKK militants", QuantityKind.Casualties, "4/4/4")]
    // Casualty roles: the people counted are the subject.
    [InlineData("Ten civilians were killed and more than 50 others got injured in terrorist shelling.", "Ten civilians were killed", QuantityKind.Fatalities, "10/10/10")]
    [InlineData("Three people were also killed in another town in the Idlib countryside.", "Three people were also killed", QuantityKind.Fatalities, "3/3/3")]
    [InlineData("At least 22 people were killed in a double suicide bomb attack.", "At least 22 people were killed", QuantityKind.Fatalities, "22/22/-")]
    [InlineData("The claim said 40 people had been killed.", "40 people had been killed", QuantityKind.Fatalities, "40/40/40")]
    [InlineData("More than 400000 people have been killed and millions more displaced since 2011.", "More than 400000 people have been killed", QuantityKind.Fatalities, "400000/400000/-")]
    [InlineData("Three men died and four police officers were injured.", "Three men died", QuantityKind.Fatalities, "3/3/3")]
    [InlineData("Three men died and four police officers were injured.", "four police officers were injured", QuantityKind.Injured, "4/4/4")]
    [InlineData("Four men and a woman were shot dead in Colonia Lopez Portillo.", "a woman were shot dead", QuantityKind.Fatalities, "1/1/1")]
    [InlineData("Four men and a woman were shot dead in Colonia Lopez Portillo.", "Four men", QuantityKind.Fatalities, "4/4/4")]
    [InlineData("Two NPA militants were killed while a government soldier was wounded.", "Two NPA militants were killed", QuantityKind.Fatalities, "2/2/2")]
    [InlineData("Two NPA militants were killed while a government soldier was wounded.", "a government soldier was wounded", QuantityKind.Injured, "1/1/1")]
    [InlineData("On 28 April 2020, 1 soldier was killed and 1 was wounded following an attack.", "1 soldier was killed", QuantityKind.Fatalities, "1/1/1")]
    [InlineData("On 28 April 2020, 1 soldier was killed and 1 was wounded following an attack.", "1 was wounded", QuantityKind.Injured, "1/1/1")]
    [InlineData("Ten GNA soldiers were reportedly killed.", "Ten GNA soldiers were reportedly killed", QuantityKind.Fatalities, "10/10/10")]
    [InlineData("The clashes resulted in more than 20 pro-Houthi elements killed, including leaders.", "more than 20 pro-Houthi elements killed", QuantityKind.Fatalities, "20/20/-")]
    [InlineData("Afghan forces engaged militants, leaving 18 militants dead.", "18 militants dead", QuantityKind.Fatalities, "18/18/18")]
    [InlineData("At least 48 people dead over 100 injured after truck bomb exploded.", "At least 48 people dead", QuantityKind.Fatalities, "48/48/-")]
    [InlineData("The bomb left five people dead and 12 injured.", "12 injured", QuantityKind.Injured, "12/12/12")]
    [InlineData("7 Taliban militants were killed, 2 were wounded, and 3 were arrested.", "3 were arrested", QuantityKind.Arrested, "3/3/3")]
    [InlineData("300 people were reported injured, 1 killed and 50 were missing.", "300 people were reported injured", QuantityKind.Injured, "300/300/300")]
    [InlineData("300 people were reported injured, 1 killed and 50 were missing.", "50 were missing", QuantityKind.Missing, "50/50/50")]
    [InlineData("Eight civilians were killed and 34 others injured in a rocket attack.", "34 others injured", QuantityKind.Injured, "34/34/34")]
    [InlineData("Nine people lost their lives when the boat capsized.", "Nine people lost their lives", QuantityKind.Fatalities, "9/9/9")]
    [InlineData("Twelve fishermen are missing after the attack.", "Twelve fishermen are missing", QuantityKind.Missing, "12/12/12")]
    [InlineData("About 5,000 civilians remain besieged in the old city.", "About 5,000 civilians", QuantityKind.Trapped, "-/5000/-")]
    [InlineData("The siege has trapped over 300000 civilians.", "trapped over 300000 civilians", QuantityKind.Trapped, "300000/300000/-")]
    [InlineData("Some 3,000 people fled the village overnight.", "Some 3,000 people fled", QuantityKind.Displaced, "-/3000/-")]
    [InlineData("A total of 33 people died, according to the committees.", "A total of 33 people died", QuantityKind.Fatalities, "33/33/33")]
    [InlineData("Two persons were injured when mortar shells hit the town.", "Two persons were injured", QuantityKind.Injured, "2/2/2")]
    [InlineData("3 PKK militants were killed, injured or captured during the operations.", "3 PKK militants were killed, injured or captured", QuantityKind.Casualties, "3/3/3")]
    [InlineData("7 Taliban militants were killed and wounded during an operation.", "7 Taliban militants were killed and wounded", QuantityKind.Casualties, "7/7/7")]
    // Nouns that are tolls by themselves.
    [InlineData("Civil Defence said they had taken away at least 100 bodies from the site.", "at least 100 bodies", QuantityKind.Fatalities, "100/100/-")]
    [InlineData("Clashes between the clans resulted in 3 fatalities and 4 injured.", "3 fatalities", QuantityKind.Fatalities, "3/3/3")]
    [InlineData("Heavy air strikes caused hundreds of civilian casualties.", "hundreds of civilian casualties", QuantityKind.Casualties, "100/100/-")]
    [InlineData("The hospital recorded 15 deaths overnight.", "15 deaths", QuantityKind.Fatalities, "15/15/15")]
    [InlineData("The camp now shelters 20,000 refugees.", "20,000 refugees", QuantityKind.Displaced, "20000/20000/20000")]
    [InlineData("Rebels still hold 40 hostages.", "40 hostages", QuantityKind.Missing, "40/40/40")]
    // Tolls stated through a cue earlier in the clause.
    [InlineData("Death toll from Aleppo bus convoy bomb attack at least 126 Observatory", "at least 126", QuantityKind.Fatalities, "126/126/-")]
    [InlineData("The death toll from a bomb attack on a crowded bus convoy outside Aleppo has reached at least 126.", "at least 126", QuantityKind.Fatalities, "126/126/-")]
    [InlineData("The death toll from terrorist attacks on residential neighborhoods has risen to 13.", "13", QuantityKind.Fatalities, "13/13/13")]
    [InlineData("Unclear fatalities coded as 10 and spread between 3 locations.", "10", QuantityKind.Fatalities, "10/10/10")]
    [InlineData("Dozens of fatalities and injuries coded as 6.", "6", QuantityKind.Fatalities, "6/6/6")]
    [InlineData("It brought the total number of members of the Russian forces killed in Syria to 18.", "18", QuantityKind.Fatalities, "18/18/18")]
    // One person named without a digit.
    [InlineData("On 29 April 2020, in Paragominas, a man was killed in a drive-by shooting.", "a man was killed", QuantityKind.Fatalities, "1/1/1")]
    [InlineData("Unknown gunmen shot and killed a QSD fighter in Al Haddadiyeh.", "killed a QSD fighter", QuantityKind.Fatalities, "1/1/1")]
    [InlineData("Pro-STC forces ambushed pro-Hadi forces, killing an officer and injuring three others.", "killing an officer", QuantityKind.Fatalities, "1/1/1")]
    [InlineData("Pro-STC forces ambushed pro-Hadi forces, killing an officer and injuring three others.", "injuring three others", QuantityKind.Injured, "3/3/3")]
    [InlineData("Unidentified gunmen killed a revenue collector at the main bus station.", "killed a revenue collector", QuantityKind.Fatalities, "1/1/1")]
    [InlineData("On 30 April 2020, a prominent Bayan Muna official was shot dead by suspected police elements.", "a prominent Bayan Muna official was shot dead", QuantityKind.Fatalities, "1/1/1")]
    [InlineData("Around 7 May 2020, a former Barangay councilor was shot dead by unidentified assailants.", "a former Barangay councilor was shot dead", QuantityKind.Fatalities, "1/1/1")]
    [InlineData("Suspected Fulani militias attacked a minibus and killed the driver.", "killed the driver", QuantityKind.Fatalities, "1/1/1")]
    [InlineData("Around 8 May 2020, the body of an unidentified man was found in a forest area.", "body of an unidentified man", QuantityKind.Fatalities, "1/1/1")]
    [InlineData("Armed men carried out a drive-by shooting against two men. Both victims died.", "Both victims died", QuantityKind.Fatalities, "2/2/2")]
    [InlineData("On 8 May 2020, an inmate was stabbed to death by four armed inmates.", "an inmate was stabbed to death", QuantityKind.Fatalities, "1/1/1")]
    [InlineData("A shoot-out broke out, two suspects were shot and injured and one suspect died.", "two suspects were shot and injured", QuantityKind.Injured, "2/2/2")]
    [InlineData("Security forces killed a single protester near the bridge.", "killed a single protester", QuantityKind.Fatalities, "1/1/1")]
    [InlineData("On 1 May 2020, gunmen riding a motorcycle shot dead an IDP civilian in the town of Mastumeh.", "shot dead an IDP civilian", QuantityKind.Fatalities, "1/1/1")]
    [InlineData("On 1 May 2020, an unidentified group fatally shot the leader of the movement near his house.", "fatally shot the leader", QuantityKind.Fatalities, "1/1/1")]
    [InlineData("On 28 April 2020, a man's body was found in Al Bab city, killed by an unknown armed group.", "a man's body", QuantityKind.Fatalities, "1/1/1")]
    [InlineData("Around 1 May 2020, the corpses of around thirty suspected ISGS militants were reportedly discovered.", "corpses of around thirty suspected ISGS militants", QuantityKind.Fatalities, "-/30/-")]
    [InlineData("Clashes on the Sirwah frontline resulted in the death of the commander of the Special Security Forces.", "death of the commander", QuantityKind.Fatalities, "1/1/1")]
    [InlineData("Around 3 May 2020, five members of the CV (Red Command) died during a shoot-out with the police.", "five members", QuantityKind.Fatalities, "5/5/5")]
    [InlineData("On 7 May 2020, a supporter of a UP member was killed in an armed attack.", "a UP member was killed", QuantityKind.Fatalities, "1/1/1")]
    [InlineData("On 4 May 2020, in Tin Ma Village, a 48-year-old displaced person died from a landmine explosion.", "a 48-year-old displaced person died", QuantityKind.Fatalities, "1/1/1")]
    [InlineData("Unknown gunmen attacked Toungo and killed residents. Reports on fatalities range from 2 to 4.", "2 to 4", QuantityKind.Fatalities, "2/3/4")]
    [InlineData("On 3 May 2020, a man was stoned and stabbed to death in colonia Lomas de San Miguel.", "a man", QuantityKind.Fatalities, "1/1/1")]
    [InlineData("Three suspects managed to flee and one was killed.", "Three suspects", QuantityKind.Count, "3/3/3")]
    [InlineData("On 3 May 2020, IS fighters shot dead 4 regime soldiers in the desert.", "shot dead 4 regime soldiers", QuantityKind.Fatalities, "4/4/4")]
    [InlineData("The Syrian Observatory said 30 regime and 39 rebel fighters have been killed in battles.", "39 rebel fighters have been killed", QuantityKind.Fatalities, "39/39/39")]
    // Coordinated victims share the verb.
    [InlineData("Armed youth killed a police officer and a civilian in Rumbek.", "a civilian", QuantityKind.Fatalities, "1/1/1")]
    [InlineData("Gunmen opened fire on civilians, killing a woman and her son, and injuring her husband.", "her son", QuantityKind.Fatalities, "1/1/1")]
    [InlineData("On 29 April 2020, a former town councilor and his wife were shot dead by unidentified assailants.", "his wife were shot dead", QuantityKind.Fatalities, "1/1/1")]
    [InlineData("On 29 April 2020, 3 local policemen, 2 pro-government militia members, and 1 soldier were killed, and 8 were wounded.", "3 local policemen", QuantityKind.Fatalities, "3/3/3")]
    [InlineData("On 29 April 2020, 3 local policemen, 2 pro-government militia members, and 1 soldier were killed, and 8 were wounded.", "2 pro-government militia members", QuantityKind.Fatalities, "2/2/2")]
    [InlineData("Five civilians and two soldiers were killed.", "Five civilians", QuantityKind.Fatalities, "5/5/5")]
    // The "and" of an "including" aside joins its parts, not two clauses: the 4 were wounded.
    [InlineData("3 civilians were killed and 4 including the prison head and his bodyguards were wounded.", "4", QuantityKind.Injured, "4/4/4")]
    [InlineData("Hundreds of protesters carried out a protest carrying the coffins of those killed in the movement.", "Hundreds of protesters", QuantityKind.Count, "100/100/-")]
    // More phrasings from wire copy.
    [InlineData("SOHR said 76 children and 41 women were among those killed in clashes.", "76 children", QuantityKind.Fatalities, "76/76/76")]
    [InlineData("SOHR said 76 children and 41 women were among those killed in clashes.", "41 women", QuantityKind.Fatalities, "41/41/41")]
    [InlineData("19 more civilians were injured by a number of shells.", "19 more civilians were injured", QuantityKind.Injured, "19/19/19")]
    [InlineData("The death toll has risen to 13 and 106 injured including women and children.", "106 injured", QuantityKind.Injured, "106/106/106")]
    [InlineData("SANA: One civilian was killed while 16 others were injured in rocket attacks.", "One civilian was killed", QuantityKind.Fatalities, "1/1/1")]
    [InlineData("SANA: One civilian was killed while 16 others were injured in rocket attacks.", "16 others were injured", QuantityKind.Injured, "16/16/16")]
    [InlineData("The attacks left also 20 other civilians injured and caused material damage.", "20 other civilians injured", QuantityKind.Injured, "20/20/20")]
    [InlineData("At least 128 troops and militia were killed on Thursday and Friday.", "At least 128 troops", QuantityKind.Fatalities, "128/128/-")]
    [InlineData("Since then more than a quarter of a million victims have been killed.", "more than a quarter of a million victims have been killed", QuantityKind.Fatalities, "250000/250000/-")]
    [InlineData("Half a million people have fled the province.", "Half a million people have fled", QuantityKind.Displaced, "500000/500000/500000")]
    [InlineData("Kurdish forces killed at least 16 ISIL terrorists in an attack on Saturday.", "killed at least 16 ISIL terrorists", QuantityKind.Fatalities, "16/16/-")]
    [InlineData("They were among 39 people who died in the attack in the Akrameh neighbourhood.", "39 people who died", QuantityKind.Fatalities, "39/39/39")]
    [InlineData("A Russian airstrike on Aleppo killed eight civilians on Saturday.", "killed eight civilians", QuantityKind.Fatalities, "8/8/8")]
    [InlineData("Airstrikes by the coalition have killed dozens of civilians over the past several weeks.", "killed dozens of civilians", QuantityKind.Fatalities, "12/12/-")]
    [InlineData("The regime forces left dozens of civilian residents dead or injured.", "dozens of civilian residents dead or injured", QuantityKind.Casualties, "12/12/-")]
    // Durations, money, percentages.
    [InlineData("For the past five days, warplanes have been bombing east Aleppo.", "past five days", QuantityKind.Duration, "5/5/5")]
    [InlineData("Aleppo has seen the fiercest violence of the five-year conflict.", "five-year conflict", QuantityKind.Duration, "5/5/5")]
    [InlineData("Houthi authorities announced a 24-hour lockdown in the capital.", "24-hour lockdown", QuantityKind.Duration, "24/24/24")]
    [InlineData("The siege lasted 18 months before the surrender.", "18 months", QuantityKind.Duration, "18/18/18")]
    [InlineData("Fighting raged for three days around the airport.", "three days", QuantityKind.Duration, "3/3/3")]
    [InlineData("A 10-day ceasefire was agreed on Friday.", "10-day ceasefire", QuantityKind.Duration, "10/10/10")]
    [InlineData("Donors pledged $5 million for the camps.", "$5 million", QuantityKind.Money, "5000000/5000000/5000000")]
    [InlineData("The ransom was 20,000 dollars.", "20,000 dollars", QuantityKind.Money, "20000/20000/20000")]
    [InlineData("Prices rose by 40% in a month.", "40%", QuantityKind.Percent, "40/40/40")]
    [InlineData("Unemployment reached 30 per cent last year.", "30 per cent", QuantityKind.Percent, "30/30/30")]
    // Title-case headlines: a figure after a capitalised word still counts people when people or their fate follow.
    [InlineData("Syria Terrorist Attacks in Aleppo Claim 20 Martyrs", "20 Martyrs", QuantityKind.Fatalities, "20/20/20")]
    [InlineData("Turkeys Nightmare; Kurds Come Closer to Azaz 6 ISIS Bombers Killed", "6 ISIS Bombers Killed", QuantityKind.Fatalities, "6/6/6")]
    [InlineData("35 Dead Dozens Wounded in Terrorist Battle in Aleppo", "35 Dead", QuantityKind.Fatalities, "35/35/35")]
    public void FigureIsReadWithItsRoleAndRange(string text, string span, QuantityKind kind, string values)
    {
        var q = Find(text, span);
        Assert.Equal(kind, q.Kind);
        AssertValues(q, values);
    }

    [Theory]
    [InlineData("The Observatory said there were no deaths from the hospital strike.", "no deaths", QuantityKind.Fatalities)]
    [InlineData("No fatalities nor injuries reported.", "No fatalities", QuantityKind.Fatalities)]
    [InlineData("No fatalities nor injuries reported.", "nor injuries", QuantityKind.Injured)]
    [InlineData("Neither injuries nor fatalities were reported.", "nor fatalities", QuantityKind.Fatalities)]
    [InlineData("Neither injuries nor fatalities were reported.", "Neither injuries", QuantityKind.Injured)]
    [InlineData("No one was killed in the attack, police said.", "No one was killed", QuantityKind.Fatalities)]
    [InlineData("Nobody was hurt when the shell landed.", "Nobody was hurt", QuantityKind.Injured)]
    [InlineData("No casualties reported.", "No casualties", QuantityKind.Casualties)]
    [InlineData("There were no immediate reports of casualties.", "no immediate reports of casualties", QuantityKind.Casualties)]
    [InlineData("No civilians were killed in the raid, the army said.", "No civilians were killed", QuantityKind.Fatalities)]
    [InlineData("The police officers were shot at. No injuries were reported.", "No injuries", QuantityKind.Injured)]
    [InlineData("None of them were injured.", "None of them were injured", QuantityKind.Injured)]
    public void ExplicitZeroIsAReportedZeroNotAHypothetical(string text, string span, QuantityKind kind)
    {
        var q = Find(text, span);
        Assert.Equal(kind, q.Kind);
        AssertValues(q, "0/0/0");
        Assert.False(q.IsHypothetical);
    }

    [Theory]
    [InlineData("The offensive could kill hundreds of civilians, aid groups warned.", "kill hundreds of civilians")]
    [InlineData("Officials fear the strike may have killed dozens, but hundreds could be killed if it continues.", "hundreds could be killed")]
    [InlineData("There could be up to a year of street-to-street fighting.", "up to a year")]
    [InlineData("The group threatened to kill 20 hostages.", "kill 20 hostages")]
    [InlineData("The army denied that it had not killed 15 villagers.", "killed 15 villagers")]
    [InlineData("If the dam breaks, 10,000 people would be displaced.", "10,000 people would be displaced")]
    [InlineData("The militia did not kill 12 prisoners, the spokesman said.", "kill 12 prisoners")]
    public void ModalOrNegatedFigureIsHypothetical(string text, string span) =>
        Assert.True(Find(text, span).IsHypothetical);

    [Theory]
    [InlineData("Air strikes killed 26 people on Tuesday.", "killed 26 people")]
    [InlineData("At least 22 people were killed in a double suicide bomb attack.", "At least 22 people were killed")]
    [InlineData("The Observatory said 15 people had been killed.", "15 people had been killed")]
    public void ReportedFigureIsNotHypothetical(string text, string span) =>
        Assert.False(Find(text, span).IsHypothetical);

    [Theory]
    [InlineData("ADF fighters killed 5 civilians and injured another.", "killed 5 civilians", "civilians", "civilians")]
    [InlineData("Three children were killed and 14 students were injured.", "Three children were killed", "children", "children")]
    [InlineData("Three children were killed and 14 students were injured.", "14 students were injured", "students", "students")]
    [InlineData("Ten GNA soldiers were reportedly killed.", "Ten GNA soldiers were reportedly killed", "soldiers", "soldiers")]
    [InlineData("Troops attacked from four fronts.", "four fronts", "fronts", null)]
    [InlineData("Kurdish forces killed at least 16 ISIL fighters in an attack.", "killed at least 16 ISIL fighters", "fighters", "fighters")]
    [InlineData("Government troops killed 7 rebels near the border.", "killed 7 rebels", "rebels", "rebels")]
    [InlineData("The strike killed four women at the market.", "killed four women", "women", "women")]
    [InlineData("For the past five days, warplanes have been bombing.", "past five days", "days", null)]
    [InlineData("It was the worst violence of the five-year conflict.", "five-year conflict", "years", null)]
    [InlineData("There could be up to a year of fighting.", "up to a year", "years", null)]
    public void UnitAndVictimGroupAreKept(string text, string span, string unit, string? group)
    {
        var q = Find(text, span);
        Assert.Equal(unit, q.Unit);
        Assert.Equal(group, q.Group);
    }

    [Theory]
    [InlineData("More than 350 people have been killed", "More than 350 people have been killed", "More than")]
    [InlineData("The convoy was carrying at least 5000 people.", "at least 5000 people", "at least")]
    [InlineData("Some 3,000 people live there.", "Some 3,000 people", "Some")]
    [InlineData("The army numbers approximately 15,000-20,000.", "approximately 15,000-20,000", "approximately")]
    [InlineData("Nearly 100 shells hit the district.", "Nearly 100 shells", "Nearly")]
    [InlineData("Fewer than 20 fighters held the hill.", "Fewer than 20 fighters", "Fewer than")]
    [InlineData("Four civilians were killed.", "Four civilians were killed", null)]
    public void HedgeIsKeptAsWritten(string text, string span, string? hedge) => Assert.Equal(hedge, Find(text, span).Hedge);

    [Theory]
    [InlineData("More than 350 people have been killed since Friday, half of whom were reported to be women or children.",
        "half of whom were reported to be women or children", 0.5, "175/175/-", "women or children")]
    [InlineData("Airstrikes killed 30 people, a third of them children.", "a third of them children", 1.0 / 3, "10/10/10", "children")]
    [InlineData("The strike killed 60 civilians; two-thirds of them were women.", "two-thirds of them were women", 2.0 / 3, "40/40/40", "women")]
    [InlineData("At least 40 people were wounded, a quarter of them children.", "a quarter of them children", 0.25, "10/10/-", "children")]
    [InlineData("Shelling killed 12 people, all of them civilians.", "all of them civilians", 1.0, "12/12/12", "civilians")]
    public void ShareOfAnEarlierFigureIsDerivedFromIt(string text, string span, double share, string values, string group)
    {
        var q = Find(text, span);
        Assert.Equal(share, q.Proportion!.Value, 6);
        AssertValues(q, values);
        Assert.Equal(group, q.Group);
        Assert.NotNull(q.PartOf);
        Assert.Contains(q.Kind, new[] { QuantityKind.Fatalities, QuantityKind.Injured });
    }

    [Fact]
    public void BreakdownAfterACommaIsNotAnotherToll()
    {
        const string text = "Two soldiers killed, one from each side, and several others wounded.";
        var deaths = Stage.Read(text).Where(q => q.Kind == QuantityKind.Fatalities).ToList();
        Assert.Equal("Two soldiers killed", text[deaths.Single().Span.Start..deaths.Single().Span.End]);
    }

    [Fact]
    public void MostOfThemIsAShareWithoutAValue()
    {
        const string text = "Dozens of people were killed, most of them civilians.";
        var q = Find(text, "most of them civilians");
        Assert.Null(q.Proportion);
        Assert.Null(q.Best);
        Assert.Equal("most", q.Hedge);
        Assert.Equal(QuantityKind.Fatalities, q.Kind);
        Assert.Equal(Find(text, "Dozens of people were killed").Span, q.PartOf);
    }

    [Theory]
    [InlineData("At least 21 militants including 2 commanders and 4 Afghan soldiers were killed.", "2 commanders")]
    [InlineData("15 Taliban militants including a commander were killed and 5 were wounded.", "a commander were killed")]
    [InlineData("Militants shot and killed 4 civilians (at least 1 of them was a child) in Ngoupou.", "at least 1 of them")]
    [InlineData("Three men died. One of the men who died was the leader of this cartel.", "One of the men who died")]
    public void PartOfAnEarlierFigureIsMarked(string text, string span) => Assert.NotNull(Find(text, span).PartOf);

    [Theory]
    [InlineData("On 9 May 2020, medical interns protested in Haifa.")]
    [InlineData("Syria April 27 2017. (TRT World)")]
    [InlineData("The opposition took hold in 2012.")]
    [InlineData("The meeting starts at 10:30 in the hall.")]
    [InlineData("Cases of COVID-19 rose in the camp.")]
    [InlineData("They fired 82mm mortars at the positions.")]
    [InlineData("Security Council Resolution 2254 calls for talks.")]
    [InlineData("It was the 9th attack this month.")]
    [InlineData("It happened on 2016-09-28 near the border.")]
    [InlineData("He was found in Colonia 5 de Mayo.")]
    [InlineData("Since 2011 the war has ground on.")]
    [InlineData("Security Council Resolution 2254 Was Adopted")]
    public void DatesTimesNamesAndCodesAreNotCounts(string text) => Assert.Empty(Stage.Read(text));

    [Fact]
    public void WhereVictimsComeFromIsNotAnotherVictim() =>
        Assert.DoesNotContain(Stage.Read("Three children from one family were killed in Rastan."), q => q.Kind == QuantityKind.Fatalities && q.Best == 1);

    [Theory]
    [InlineData("Army Hits Rebel Positions with 40 Airstrikes 25 Militants Killed", 25)]
    [InlineData("Militants Fire 12 Rockets at Border Town 3 Soldiers Killed", 3)]
    public void HeadlineMunitionsAreNoVictims(string text, double dead) =>
        Assert.Equal([dead], Stage.Read(text).Where(q => q.Kind == QuantityKind.Fatalities).Select(q => q.Best));

    [Fact]
    public void EveryQuantitySpanLiesInTheTextInOrder()
    {
        var text = Samples.Reference();
        var found = Stage.Read(text);
        Assert.NotEmpty(found);
        Assert.All(found, q => Assert.InRange(q.Span.End, q.Span.Start + 1, text.Length));
        Assert.Equal(found.OrderBy(q => q.Span.Start).Select(q => q.Span), found.Select(q => q.Span));
    }

    [Fact]
    public void StageWritesOnlyTheQuantityLayer()
    {
        var document = Some.Document("Air strikes killed 26 people.");
        Stage.Process(document, CancellationToken.None);
        Assert.Equal(new HashSet<Layer> { Layer.Quantities }, document.Layers);
        Assert.Equal("quantities", Assert.Single(document.Quantities).Producer);
    }

    [Fact]
    public void OneInstanceServesManyDocumentsAtOnce()
    {
        var texts = Enumerable.Range(1, 200).Select(i => $"Air strikes killed {i} people and wounded {i + 1} others.").ToArray();
        var results = new Quantity[texts.Length][];
        Parallel.For(0, texts.Length, i => results[i] = Stage.Read(texts[i]).ToArray());
        for (int i = 0; i < texts.Length; i++)
        {
            Assert.Equal(i + 1, results[i][0].Best);
            Assert.Equal(i + 2, results[i][1].Best);
        }
    }
}
