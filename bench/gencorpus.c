/*
 * gencorpus — write N realistic OPP case files for the benchmarks.
 *
 * The files look like the ones in examples/: 5–15 KB each, spread over a few
 * school folders, a mix of early cases (stap 2–3: waarneming and a planned
 * OT), running ones (stap 7: OT held, goals, arrangement, evaluation
 * planned) and adjusted ones (stap 9: an evaluation held with uitkomsten
 * and bijstelling, the next one planned). Names, ids, dates and the number
 * of people, goals, items, afspraken and meetings vary. About one file in
 * seven carries one deliberate finding (a held meeting without verslag,
 * funding not toegekend (when aangevraagd, with the request's date: a decision
 * long owed, a stagnatie warning too), too many goals, a schema error, an afspraak
 * without terugkoppeling, no consent, a single hypothesis); every other
 * file is clean for `opp validate --as-of 2026-12-01` (the default -t).
 *
 * Deterministic and order-free: file i depends only on the seed and i, so
 * the same arguments give byte-identical corpora, and with the same -k the
 * first 1,000 files of a 10,000-file corpus are the 1,000-file corpus.
 *
 * usage: gencorpus [-s SEED] [-k SCHOOLS] [-t YYYY-MM-DD] N DIR
 *
 * Writes DIR/<school>/<nnnnnn>-<name>.yaml, a DIR/.opp.yaml with the
 * default settings written out (so results do not depend on where the
 * corpus lives) and DIR/.corpus (the arguments and what was written).
 * Benchmark tooling, not part of opp: no dependencies beyond libc.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static void
die(const char *fmt, ...)
{
	va_list ap;

	fputs("gencorpus: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	exit(2);
}

/* ---- random numbers (splitmix64: tiny, good enough, reproducible) ---- */

struct rng {
	uint64_t s;
};

static uint64_t
next(struct rng *r)
{
	uint64_t z = (r->s += UINT64_C(0x9E3779B97F4A7C15));
	z = (z ^ (z >> 30)) * UINT64_C(0xBF58476D1CE4E5B9);
	z = (z ^ (z >> 27)) * UINT64_C(0x94D049BB133111EB);
	return z ^ (z >> 31);
}

/* A whole number from lo to hi inclusive. */
static int
between(struct rng *r, int lo, int hi)
{
	return lo + (int)(next(r) % (uint64_t)(hi - lo + 1));
}

static bool
chance(struct rng *r, int percent)
{
	return between(r, 0, 99) < percent;
}

#define PICK(r, a) ((a)[between((r), 0, (int)COUNT(a) - 1)])

/* ---- dates (days since 1970-01-01, proleptic Gregorian) --------------- */

static int32_t
days_from_civil(int y, int m, int d)
{
	y -= m <= 2;
	int era = (y >= 0 ? y : y - 399) / 400;
	int yoe = y - era * 400;
	int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

static void
civil_from_days(int32_t z, int *y, int *m, int *d)
{
	z += 719468;
	int era = (z >= 0 ? z : z - 146096) / 146097;
	int doe = z - era * 146097;
	int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	int mp = (5 * doy + 2) / 153;
	*d = doy - (153 * mp + 2) / 5 + 1;
	*m = mp + (mp < 10 ? 3 : -9);
	*y = yoe + era * 400 + (*m <= 2);
}

/* "YYYY-MM-DD" in one of a few rotating buffers: several per printf. */
static const char *
D(int32_t day)
{
	static char ring[16][40];
	static unsigned k;
	char *s = ring[k++ % 16];
	int y, m, d;

	civil_from_days(day, &y, &m, &d);
	snprintf(s, 40, "%04d-%02d-%02d", y, m, d);
	return s;
}

/* A weekday on or after day (meetings are not held in the weekend). */
static int32_t
weekday(int32_t day)
{
	int wd = (int)((day % 7 + 7 + 3) % 7); /* 1970-01-01 was a Thursday: 0 = Monday */
	return wd == 5 ? day + 2 : wd == 6 ? day + 1 : day;
}

/* ---- output buffer ------------------------------------------------------ */

struct out {
	char *p;
	size_t len, cap;
};

static void
grow(struct out *o, size_t n)
{
	if (o->len + n + 1 <= o->cap)
		return;
	while (o->len + n + 1 > o->cap)
		o->cap = o->cap ? o->cap * 2 : 16384;
	if (!(o->p = realloc(o->p, o->cap)))
		die("out of memory");
}

static void put(struct out *o, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void
put(struct out *o, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	grow(o, (size_t)n);
	va_start(ap, fmt);
	vsnprintf(o->p + o->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	o->len += (size_t)n;
}

/* Text with '@' standing for the pupil's first name. */
static void
putt(struct out *o, const char *text, const char *name)
{
	for (const char *s = text; *s; s++)
		if (*s == '@')
			put(o, "%s", name);
		else
			put(o, "%c", *s);
}

/* A paragraph, word-wrapped at 78 columns: the first line starts with
 * first (e.g. "    - "), the others with cont (e.g. "      "). */
static void
para(struct out *o, const char *first, const char *cont, const char *text, const char *name)
{
	struct out t = { 0 };
	size_t col = strlen(first);
	bool empty = true; /* nothing on this line yet */

	putt(&t, text, name);
	put(o, "%s", first);
	for (const char *s = t.p; *s;) {
		size_t n = strcspn(s, " ");
		if (!empty && col + 1 + n > 78) {
			put(o, "\n%s", cont);
			col = strlen(cont);
			empty = true;
		}
		if (!empty) {
			put(o, " ");
			col++;
		}
		put(o, "%.*s", (int)n, s);
		col += n;
		empty = false;
		s += n;
		while (*s == ' ')
			s++;
	}
	put(o, "\n");
	free(t.p);
}

/* ---- word pools ---------------------------------------------------------- */

static const char *const voornamen[] = {
	"Aaron", "Noor", "Willem", "Sem", "Daan", "Lotte", "Emma", "Julia", "Mila", "Tess",
	"Luuk", "Finn", "Levi", "Sara", "Yara", "Zoë", "Mohammed", "Ayoub", "Fatima", "Lina",
	"Bram", "Jesse", "Thijs", "Sophie", "Anna", "Eva", "Liam", "Noah", "Lucas", "Milan",
	"Isa", "Fenna", "Ravi", "Amira", "Sven", "Jens", "Femke", "Roos", "Vera", "Hugo",
	"Ilse", "Mark", "Monique", "Ruud", "Esther", "Rob", "Hanneke", "Marloes", "Gerrit",
	"Naima", "Peter", "Karin", "Youssef", "Sevda", "Lotte", "Jan-Willem", "Marieke",
};

static const char *const achternamen[] = {
	"de Vries", "Jansen", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Boer",
	"Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker",
	"Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer", "Yilmaz",
	"El Amrani", "Kok", "Jacobs", "Vermeulen", "Schouten", "Willems", "van Dijk",
	"Hoekstra", "Verbeek", "Koster", "Prins", "Huisman", "Peeters", "Kuipers", "Veenstra",
	"Kramer", "Postma", "Demir", "Bouzid", "Wolters", "Verschuren", "van Dam", "Post",
};

static const char *const gemeenten[] = {
	"Ede", "Barneveld", "Rhenen", "Veenendaal", "Wageningen", "Renkum", "Leusden",
	"Utrechtse Heuvelrug", "Scherpenzeel", "Woudenberg",
};

struct school {
	const char *naam;
	bool vo; /* voortgezet onderwijs: mentor and ondersteuningscoordinator */
};

static const struct school scholen[] = {
	{ "OBS De Klimop", false },       { "CBS De Wegwijzer", false },
	{ "Christelijk College De Schans", true }, { "RKBS De Regenboog", false },
	{ "OBS Het Kompas", false },      { "IKC De Sterrenboom", false },
	{ "Stedelijk Lyceum Rijnvallei", true }, { "CBS Het Anker", false },
	{ "OBS De Vlinder", false },      { "Ichthus College", true },
	{ "CBS De Fontein", false },      { "Montessorischool De Linde", false },
};

static const char *const vo_klassen[] = {
	"1 vmbo-bk", "1 vmbo-tl", "1 havo", "2 vmbo-kb", "2 vmbo-tl", "2 havo/vwo",
	"3 vmbo-tl", "3 havo", "4 vmbo-gl", "1 mavo/havo",
};

static const char *const observaties[] = {
	"@ meldt zich steeds vaker ziek, vooral op maandag en voor het eerste uur.",
	"In de klas werkt @ rustig zolang de dag voorspelbaar is; bij wisselingen loopt de spanning zichtbaar op.",
	"Tijdens vrije momenten blijft @ bij de deur staan en zoekt de nabijheid van een volwassene.",
	"De resultaten van @ zijn het afgelopen half jaar gedaald, vooral bij begrijpend lezen en spelling.",
	"@ heeft moeite om aan een taak te beginnen en vraagt vaak of het werk wel goed is.",
	"Ouders vertellen dat @ slecht slaapt en 's ochtends moeilijk op gang komt.",
	"Bij schrijfopdrachten legt @ na een paar zinnen de pen neer en kijkt naar buiten.",
	"Rekenen en mondelinge opdrachten gaan goed; bij gym en muziek doet @ enthousiast mee.",
	"In de pauzes zit @ vaak alleen; de vriendschappen uit vorig jaar zijn verwaterd.",
	"@ reageert fel als een klasgenoot iets pakt of te dichtbij komt, en heeft daarna lang nodig om tot rust te komen.",
	"De leerkracht ziet dat @ veel energie steekt in aanpassen en thuis daarna ontlaadt.",
	"Het verzuim is de afgelopen tien weken opgelopen tot negen (deels) afwezige dagen.",
	"@ vertelt in het mentorgesprek open over school, minder over thuis en over de pauzes.",
	"Na de herfstvakantie is de thuissituatie veranderd; ouders wonen sinds kort apart.",
	"@ werkt goed met een weektaak op papier, maar raakt het overzicht kwijt in de digitale leeromgeving.",
	"Bij toetsen haalt @ lagere resultaten dan bij het dagelijks werk; de spanning speelt dan op.",
	"Op maandag en na vakanties is de start van de dag zichtbaar moeilijker.",
	"@ heeft een goede band met de onderwijsassistent en laat zich door haar geruststellen.",
	"Ouders maken zich zorgen over de schermtijd en over de ruzies die daarover ontstaan.",
	"De jeugdarts vond geen lichamelijke oorzaak voor de hoofdpijn en de buikpijn.",
	"@ kan zich in een kleine groep goed concentreren; in de volle klas lukt dat zelden langer dan tien minuten.",
	"Met klasgenoten ontstaan regelmatig conflicten op het plein, vooral bij voetbal en tikspelletjes.",
	"De overgang naar een nieuwe leerkracht na de zomer verliep moeizaam.",
	"@ is sterk in tekenen en techniek en wordt daar door klasgenoten om gewaardeerd.",
	"Huiswerk komt thuis vaak niet af; ouders weten niet goed hoe ze kunnen helpen zonder dat het op ruzie uitloopt.",
	"In de kring zegt @ weinig, maar in een gesprek van twee aan twee vertelt @ veel en helder.",
};

static const char *const hypothesen[] = {
	"@ heeft tijdens vrije momenten de veiligheid van een vertrouwde volwassene nodig; zonder die nabijheid loopt de spanning op.",
	"Het verzuim is een ochtendprobleem en geen klasprobleem; de spanning thuis bij de start van de dag versterkt de vermijding.",
	"@ is moe door een verstoord slaapritme; het ziekteverzuim heeft dan een sociaal-medische kant.",
	"@ voelt zich buitengesloten in de nieuwe groep en vermijdt school, vooral na het weekend.",
	"De achterstand bij lezen zorgt voor faalangst, en de faalangst voor het vermijden van schrijfopdrachten.",
	"De klas is voor @ vaak te druk; zonder vaste rustmomenten raakt @ overprikkeld.",
	"Doordat @ veel buiten de groep werkt, hoort @ er sociaal niet echt bij.",
	"@ mist de vaardigheden om een conflict op het plein zelf op te lossen en reageert daarom fysiek.",
	"De scheiding van ouders vraagt veel van @; de onrust op school is daar een uiting van.",
	"@ kan wat in de behandeling geleerd is nog niet zelf toepassen buiten de behandelkamer.",
	"Het verzuim zorgt voor achterstanden, de achterstanden voor spanning en de spanning weer voor verzuim.",
};

static const char *const ingezet_wat[] = {
	"Wekelijks gesprek met de leerkracht of mentor over hoe de week ging",
	"Verlengde instructie lezen en spelling in een kleine groep, vier keer per week",
	"Dagplanning met pictogrammen op tafel en aangekondigde wisselingen",
	"Twee keer per week in de pauze binnenblijven bij de leerkracht",
	"Verzuimgesprek met leerling en ouders en aanmelding bij de jeugdarts",
	"Huiswerkklas op twee middagen per week",
	"Een time-outplek in de gang met een zandloper",
	"Dyslexieverklaring met extra tijd en vergrote teksten",
	"Een beloningskaart voor rustig spel op het plein",
	"Vaste plek vooraan in de klas, naast een rustige klasgenoot",
};

static const char *const ingezet_effect[] = {
	"@ voelt zich gehoord; het verzuim neemt niet af.",
	"Kleine vooruitgang in technisch lezen, maar @ voelt zich apart gezet en verzet zich.",
	"In de klas werkt @ rustiger; op het plein verandert er weinig.",
	"Rustig, maar niet vol te houden voor de leerkracht, en @ oefent zo niet met buiten spelen.",
	"Ouders werken mee; het consult bij de jeugdarts staat gepland.",
	"Het cijfer voor rekenen ging iets omhoog; @ komt alleen op dagen dat @ op school is.",
	"Werkt de eerste weken goed, daarna gebruikt @ de plek om onder het werk uit te komen.",
	"Helpt bij toetsen; bij schrijfopdrachten loopt @ nog vast.",
};

static const char *const verslag_zinnen[] = {
	"Ouders vertelden hoe de ochtenden thuis verlopen en wat zij al geprobeerd hebben.",
	"De leerkracht liet zien dat @ in de klas met structuur goed meekomt.",
	"In het kindgesprek zei @: ik wil gewoon meedoen, maar in de pauze weet ik niet wat ik moet doen.",
	"De orthopedagoog lichtte de uitkomsten van de observatie toe.",
	"De school neigde naar een klassenassistent; getoetst aan de behoefte past dat alleen niet.",
	"Iedereen herkende het beeld van de vicieuze cirkel van spanning en vermijding.",
	"De wijkteammedewerker gaf aan dat het gezin ook thuis ondersteuning kan krijgen.",
	"Leerplicht denkt mee en kiest nu nadrukkelijk voor een preventieve aanpak.",
	"We spraken af dat de school en de jeugdhulp dezelfde taal gebruiken bij spanning.",
	"De ondersteuning start zo snel mogelijk; tot die tijd geldt een overbruggingsplan.",
	"De regievoerder stuurt binnen een week het bijgewerkte OPP aan alle deelnemers.",
	"Evaluatie over ongeveer vijf maanden, met de voortgang per doel vooraf op papier.",
	"Ouders gaven aan dat zij zich voor het eerst echt gehoord voelen.",
	"Het gesprek eindigde met wat morgen al anders gaat, ook voordat het arrangement start.",
};

static const char *const behoeften_leerling[] = {
	"Een vertrouwde volwassene in de buurt tijdens pauze en overblijven.",
	"Vaste, voorspelbare rustmomenten op de dag.",
	"Instructie in de groep in plaats van apart.",
	"Hulpmiddelen, zodat lezen en schrijven niet steeds het struikelblok zijn.",
	"Vooraf weten wat er in een vrij moment gebeurt en wie er is.",
	"Iemand die in kleine stapjes met @ oefent in de echte situatie.",
	"Een rustige werkplek voor zelfstandig werk.",
};

static const char *const behoeften_ouders[] = {
	"Houvast bij de ochtendroutine, zonder dagelijkse strijd.",
	"Eén aanspreekpunt op school en om de twee weken kort contact met de leerkracht.",
	"Steun bij de opvoeding, dicht bij huis.",
	"Vertrouwen dat een terugval op tijd gezien wordt.",
	"Uitleg over wat de school al doet en waarom.",
};

static const char *const behoeften_leerkracht[] = {
	"Handvatten om spanningssignalen tijdig te herkennen.",
	"Ontlasting in de pauzes; de leerkracht kan niet elke pauze binnenblijven.",
	"Iemand die meekijkt in de klas, en begeleiding door de IB'er.",
	"Dezelfde aanpak als de behandelaar, zodat @ niet twee talen hoort.",
	"Tijd om met @ kort vooruit te kijken op de dag.",
};

static const char *const bevorderend[] = {
	"@ wil graag weer gewoon meedoen en heeft een goede band met de leerkracht.",
	"Ouders willen meedenken en zijn goed bereikbaar.",
	"@ is sportief en goed in rekenen.",
	"De structuur in de klas werkt; de school is bereid om te schuiven.",
	"Er is een klasgenoot met wie @ graag samenwerkt.",
	"@ kent de technieken uit de behandeling al.",
};

static const char *const belemmerend[] = {
	"Ongestructureerde momenten met steeds een andere pleinwacht.",
	"Een drukke klas van 29 leerlingen.",
	"Wachtlijsten bij de jeugdhulp in de regio.",
	"Wantrouwen van ouders door eerdere ervaringen met school.",
	"Faalangst bij schrijven en bij toetsen.",
	"Spanning thuis rond de scheiding.",
};

static const char *const beeld_zinnen[] = {
	"In de klas is @ goed op de plek; de spanning speelt op zodra de structuur wegvalt.",
	"Alleen veiligheid bieden houdt de vermijding in stand; samen oefenen bouwt vertrouwen op.",
	"De aparte aanpak gaf @ het gevoel er niet bij te horen.",
	"Spanning en onzekerheid uiten zich in buikpijn en weerstand tegen school.",
	"Ouders hebben steun nodig bij de ochtenden en bij de grenzen rond schermtijd.",
	"Aangrijpingspunten zijn oefenen in de echte situatie, één taal bij iedereen en een voorspelbare start van de dag.",
	"De achterstand bij lezen is niet de oorzaak maar wel een versterker van de faalangst.",
};

struct doeltpl {
	const char *id, *eigenaar, *doel, *domein, *begin, *criterium;
};

static const struct doeltpl doelen[] = {
	{ "pauze-oefenen", "leerling", "Ik ga in de pauze naar buiten en gebruik mijn rustig-ademen als ik bang word.",
	  "sociaal-emotioneel", "@ blijft in de pauze bij de deur staan of vraagt om binnen te blijven.",
	  "@ is in 4 van de 5 pauzes per week buiten en kan zelf vertellen welke stap van de stappenkaart hielp." },
	{ "op-tijd-op-school", "ouders", "Wij brengen @ met een vaste ochtendroutine elke schooldag op tijd naar school.",
	  "werkhouding", "Sinds september zeven keer (deels) verzuim, vooral op maandag.",
	  "Geen ongeoorloofd verzuim tot de voorjaarsvakantie; @ is op 9 van de 10 dagen om 8.25 uur in de klas." },
	{ "lk-signalen", "leerkracht", "Ik herken de spanningssignalen van @ en reageer met dezelfde stappenkaart als de behandelaar.",
	  "sociaal-emotioneel", NULL, "Leerkracht en onderwijsassistent gebruiken dezelfde stappenkaart; dit is bij twee observaties terug te zien." },
	{ "lezen-tempo", "leerling", "Ik lees een tekst van mijn niveau in een rustig tempo en vertel wat erin stond.",
	  "leren-en-ontwikkeling", "@ leest op AVI M5-niveau en raakt bij langere teksten de draad kwijt.",
	  "@ haalt AVI E5 en beantwoordt 4 van de 5 vragen over een gelezen tekst goed." },
	{ "rekenen-automatiseren", "leerling", "Ik ken de tafels tot en met 10 uit mijn hoofd.",
	  "leren-en-ontwikkeling", "@ telt de tafels nog op de vingers.", "@ maakt de tafeltoets binnen de tijd met minder dan drie fouten." },
	{ "samen-spelen", "leerling", "Ik speel in de pauze samen met anderen en los ruzie op met woorden.",
	  "sociaal-emotioneel", "Twee tot drie conflicten per week op het plein.", "Hooguit één conflict per twee weken waarbij een volwassene moet ingrijpen." },
	{ "rustkaart", "leerling", "Ik gebruik zelf mijn rustkaart als het me te veel wordt.",
	  "sociaal-emotioneel", "@ loopt nu weg of wordt boos als het te druk wordt.", "@ zet de rustkaart minstens drie keer per week zelf in." },
	{ "plannen-huiswerk", "leerling", "Ik plan mijn huiswerk in mijn agenda en lever het op tijd in.",
	  "werkhouding", "Ongeveer de helft van het huiswerk komt niet af.", "@ levert 9 van de 10 opdrachten op tijd in." },
	{ "typen", "leerling", "Ik leer blind typen, zodat ik mijn verhaal op de laptop kan maken.",
	  "leren-en-ontwikkeling", NULL, "Typediploma behaald." },
	{ "voorleessoftware", "leerling", "Ik lees mijn zaakvakteksten zelf met de voorleessoftware.",
	  "leren-en-ontwikkeling", NULL, "@ werkt zelfstandig met de software en haalt voldoendes voor de zaakvaktoetsen." },
	{ "lk-afwisseling", "leerkracht", "Ik wissel werken alleen en in de groep zo af dat @ er weer bij gaat horen.",
	  "werkhouding", NULL, "@ krijgt alle instructie in de groep; minstens twee kinderen kiezen @ in het sociogram." },
	{ "zelfstandig-werken", "leerling", "Ik werk een kwartier zelfstandig aan mijn taak zonder hulp te vragen.",
	  "werkhouding", "@ vraagt na twee of drie minuten om hulp.", "@ werkt in 4 van de 5 lessen een kwartier zelfstandig." },
	{ "ouders-contact", "ouders", "Wij houden om de twee weken kort contact met de leerkracht over hoe het gaat.",
	  "werkhouding", NULL, "Er is om de twee weken een kort gesprek of belletje; beide kanten weten wat werkt." },
	{ "weerbaarheid", "leerling", "Ik zeg duidelijk stop als iemand iets doet wat ik niet wil.",
	  "sociaal-emotioneel", NULL, "@ kan drie situaties noemen waarin @ stop zei en wat er toen gebeurde." },
	{ "aanwezig", "leerling", "Ik ben elke schooldag op school, ook op maandag.",
	  "werkhouding", "Negen keer verzuim in tien weken.", "Hooguit één keer ziekteverzuim per maand, met een briefje van de jeugdarts." },
	{ "lk-instructie", "leerkracht", "Ik geef @ verlengde instructie in de groep in plaats van apart.",
	  "leren-en-ontwikkeling", NULL, "@ krijgt vier keer per week verlengde instructie aan de instructietafel." },
};

enum who { W_LK, W_IB, W_AB, W_JHV, W_BEH, W_OA, W_CJG, W_OUDERS, W_ORTHO };

struct inzettpl {
	const char *id, *wat, *frequentie;
	enum who wie;
	const char *door, *grondslag;
	int bedrag; /* 0: none */
};

static const struct inzettpl inzetten[] = {
	{ "structuur-klas", "Extra structuur in de klas (dagplanning, wisselingen en vrije momenten vooraf aankondigen).", "dagelijks", W_LK, "school", "basisondersteuning", 0 },
	{ "behandeling-poli", "Poliklinische behandeling (cognitieve gedragstherapie), na schooltijd.", "2x per week", W_BEH, "gemeente", "beschikking", 0 },
	{ "ab-consultatie", "Consultatie en co-observatie door de ambulant begeleider voor de leerkracht; afbouwplan voor de begeleiding.", "1x per 3 weken (6 bezoeken)", W_AB, "swv", "arrangement-swv", 1850 },
	{ "jhv-pauzes", "Begeleiding in de pauzes door een jeugdhulpverlener; oefent met de leerling de technieken op het plein.", "3x per week", W_JHV, "gemeente", "beschikking", 0 },
	{ "ochtendroutine", "Opvoedondersteuning in het gezin bij de ochtendroutine.", "1x per week", W_JHV, "gemeente", "beschikking", 0 },
	{ "rustmoment", "Rustmoment van 10 minuten met de onderwijsassistent, na de ochtendpauze en na de lunch.", "2x per dag", W_OA, "school", "extra-ondersteuning", 0 },
	{ "co-teaching", "Co-teaching door de ambulant begeleider; samen de instructie in de groep vormgeven.", "1 dagdeel per week", W_AB, "swv", "arrangement-swv", 3200 },
	{ "begeleiding-ib", "Begeleiding van de leerkracht door de IB'er (klassenbezoek en nagesprek).", "1x per 3 weken", W_IB, "school", "basisondersteuning", 0 },
	{ "rots-en-water", "Rots-en-watertraining (weerbaarheid) in een groep van acht kinderen.", "1x per week, 10 bijeenkomsten", W_CJG, "cjg", "vrij-toegankelijk", 0 },
	{ "typecursus", "Online typecursus met diploma, thuis geoefend met ouders.", "dagelijks 10 minuten", W_OUDERS, "ouders", "anders", 119 },
	{ "hulpmiddelen", "Laptop in de klas met voorlees- en spellingsoftware.", NULL, W_IB, "school", "basisondersteuning", 0 },
	{ "remedial-teaching", "Remedial teaching lezen in een groepje van drie.", "2x per week 30 minuten", W_ORTHO, "school", "extra-ondersteuning", 0 },
	{ "huiswerkbegeleiding", "Huiswerkbegeleiding met een weekplanning in de agenda.", "2 middagen per week", W_OA, "school", "extra-ondersteuning", 0 },
	{ "sova-training", "Sociale-vaardigheidstraining in een kleine groep.", "1x per week, 8 bijeenkomsten", W_CJG, "cjg", "vrij-toegankelijk", 0 },
	{ "dyslexiezorg", "Vergoede dyslexiebehandeling bij een dyslexiepraktijk.", "1x per week", W_BEH, "gemeente", "beschikking", 0 },
	{ "fysiotherapie", "Kinderfysiotherapie voor fijne motoriek en schrijfhouding.", "1x per week", W_BEH, "zorgverzekeraar", "anders", 0 },
};

struct afspraaktpl {
	const char *id;
	enum who wie;
	const char *wat;
};

static const struct afspraaktpl afspraken[] = {
	{ "beschikking", W_JHV, "Vraagt de beschikking aan voor de jeugdhulp en koppelt binnen twee weken terug aan ouders en regievoerder." },
	{ "doelen-bespreken", W_LK, "Bespreekt de doelen met de leerling en koppelt binnen een week terug aan de regievoerder." },
	{ "aanvraag-swv", W_ORTHO, "Dient met de regievoerder de aanvraag bij het samenwerkingsverband in en koppelt terug aan ouders." },
	{ "observatie-plein", W_AB, "Observeert twee pauzes op het plein en koppelt binnen een week terug aan leerkracht en regievoerder." },
	{ "stappenkaart", W_BEH, "Draagt de stappenkaart over aan de leerkracht en koppelt vóór de vakantie terug aan ouders." },
	{ "verzuim-gesprek", W_IB, "Voert een preventief gesprek met ouders over de aanwezigheid en koppelt terug aan de mentor." },
	{ "evaluatie-uitnodigen", W_IB, "Nodigt uit voor de evaluatie, stuurt de voortgang per doel mee en koppelt terug aan ouders." },
	{ "toets-afname", W_ORTHO, "Neemt de lees- en spellingtoetsen af en bespreekt de uitslag met ouders en leerkracht." },
	{ "rooster-oa", W_IB, "Regelt het rooster van de onderwijsassistent en laat het de leerkracht binnen een week weten." },
	{ "thuis-oefenen", W_OUDERS, "Oefenen thuis dagelijks tien minuten en laten het de leerkracht elke vrijdag weten." },
};

static const char *const richtingen[] = {
	"vmbo-theoretische leerweg / havo", "vmbo kaderberoepsgerichte leerweg", "havo",
	"vmbo basisberoepsgerichte leerweg (bandbreedte tot kader)", "havo/vwo", "praktijkonderwijs of vmbo-bb",
};

/* ---- people ------------------------------------------------------------ */

struct person {
	char id[64], naam[96], email[96];
	const char *rol, *org;
};

struct caseppl {
	struct person v[24];
	int n;
	int ouders[2], nouders;
	int leerling, lk, regie, ortho, dir, ib; /* index, or -1 */
	int ab, jhv, beh, wt, lpa, jgz, smw, cjg;
};

/* Lowercase ASCII letters and digits of s; a space becomes sep (unless
 * sep is 0); "ë" becomes "e". */
static void
slugsep(char *dst, size_t n, const char *s, char sep)
{
	size_t k = 0;

	for (; *s && k + 1 < n; s++) {
		unsigned char c = (unsigned char)*s;
		if (c == ' ' && sep && k > 0 && dst[k - 1] != sep)
			dst[k++] = sep;
		else if (c >= 'A' && c <= 'Z')
			dst[k++] = (char)(c - 'A' + 'a');
		else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
			dst[k++] = (char)c;
		else if (c == 0xC3 && (unsigned char)s[1] == 0xAB) { /* ë */
			dst[k++] = 'e';
			s++;
		}
	}
	dst[k] = '\0';
}

static void
slug(char *dst, size_t n, const char *s)
{
	slugsep(dst, n, s, 0);
}

static bool
id_taken(const struct caseppl *p, const char *id)
{
	for (int i = 0; i < p->n; i++)
		if (strcmp(p->v[i].id, id) == 0)
			return true;
	return false;
}

/* Add a person; prefix + last name is the id ("ib-degroot"). */
static int
add_person(struct caseppl *p, struct rng *r, const char *prefix, const char *rol, const char *domain,
           const char *org)
{
	struct person *q = &p->v[p->n];
	const char *vn = PICK(r, voornamen), *an = PICK(r, achternamen);
	char s[24], fs[24];

	slug(s, sizeof(s), an);
	slug(fs, sizeof(fs), vn);
	snprintf(q->id, sizeof(q->id), "%s-%s", prefix, s);
	for (int k = 2; id_taken(p, q->id); k++)
		snprintf(q->id, sizeof(q->id), "%s-%s%d", prefix, s, k);
	snprintf(q->naam, sizeof(q->naam), "%s %s", vn, an);
	if (domain)
		snprintf(q->email, sizeof(q->email), "%c.%s@%s", fs[0] ? fs[0] : 'x', s, domain);
	else
		q->email[0] = '\0';
	q->rol = rol;
	q->org = org;
	return p->n++;
}

/* ---- one case ------------------------------------------------------------ */

enum stage { EARLY, RUNNING, ADJUSTED, NSTAGES };
static const char *const stage_names[] = { "early (stap 2-3)", "running (stap 7)", "adjusted (stap 9)" };

enum finding {
	F_NONE, F_VERSLAG, F_FUNDING, F_GOALS, F_SCHEMA, F_AFSPRAAK, F_TOESTEMMING, F_HYPOTHESEN, NFINDINGS
};
static const char *const finding_names[] = {
	"clean", "held meeting without verslag", "funding not toegekend", "too many goals",
	"schema error", "afspraak without terugkoppeling", "no consent for a held OT", "one hypothesis",
};

struct cs {
	struct rng r;
	struct out *o;
	const struct school *school;
	const char *gemeente;
	char naam[96], voornaam[48];
	enum stage stage;
	enum finding f;
	int32_t today;
	struct caseppl p;
	int signalen[6], nsig; /* indexes into signal_names */
	int typo;              /* F_SCHEMA: 0 bad rol, 1 unknown key, 2 impossible date */
	bool gezinsplan;       /* a gezinsplan beside the OPP (regie.gezinsplan) */
};

static const char *const signal_names[] = {
	"verzuim", "sociaal-medisch", "opvoeden-licht", "opvoeden-zwaar", "andere-levensgebieden",
	"evaluatie-arrangement",
};

static bool
has_signal(const struct cs *c, int s)
{
	for (int i = 0; i < c->nsig; i++)
		if (c->signalen[i] == s)
			return true;
	return false;
}

static const char *
pid(const struct cs *c, int i)
{
	return c->p.v[i].id;
}

static int
who_index(const struct cs *c, enum who w)
{
	switch (w) {
	case W_LK: return c->p.lk;
	case W_IB: return c->p.regie;
	case W_AB: return c->p.ab >= 0 ? c->p.ab : c->p.ortho;
	case W_JHV: return c->p.jhv >= 0 ? c->p.jhv : c->p.wt >= 0 ? c->p.wt : c->p.regie;
	case W_BEH: return c->p.beh;
	case W_OUDERS: return c->p.ouders[0];
	case W_ORTHO: return c->p.ortho;
	default: return -1;
	}
}

static void
people(struct cs *c)
{
	struct rng *r = &c->r;
	struct caseppl *p = &c->p;
	const char *an = PICK(r, achternamen);
	char s[40];

	memset(p, 0, sizeof(*p));
	p->leerling = p->ab = p->jhv = p->beh = p->wt = p->lpa = p->jgz = p->smw = p->cjg = p->ib = -1;
	snprintf(c->voornaam, sizeof(c->voornaam), "%s", PICK(r, voornamen));
	snprintf(c->naam, sizeof(c->naam), "%s %s", c->voornaam, an);
	slug(s, sizeof(s), an);

	if (chance(r, 55)) {
		struct person *q = &p->v[p->n];
		slug(q->id, sizeof(q->id), c->voornaam);
		snprintf(q->naam, sizeof(q->naam), "%s", c->naam);
		q->rol = "leerling";
		p->leerling = p->n++;
	}
	if (chance(r, 30)) {
		const char *ids[2] = { "moeder", "vader" };
		for (int k = 0; k < 2; k++) {
			struct person *q = &p->v[p->n];
			snprintf(q->id, sizeof(q->id), "%s", ids[k]);
			snprintf(q->naam, sizeof(q->naam), "%s %s", PICK(r, voornamen), an);
			snprintf(q->email, sizeof(q->email), "%s.%s@mail.example", ids[k], s);
			q->rol = "ouders";
			p->ouders[p->nouders++] = p->n++;
		}
	} else {
		struct person *q = &p->v[p->n];
		snprintf(q->id, sizeof(q->id), "ouders-%s", s);
		snprintf(q->naam, sizeof(q->naam), "%s en %s %s", PICK(r, voornamen), PICK(r, voornamen), an);
		snprintf(q->email, sizeof(q->email), "ouders.%s@mail.example", s);
		q->rol = "ouders";
		p->ouders[p->nouders++] = p->n++;
	}
	if (c->school->vo) {
		p->lk = add_person(p, r, "mentor", "mentor", "school.example", NULL);
		p->regie = add_person(p, r, "ozc", "ondersteuningscoordinator", "school.example", NULL);
	} else {
		p->lk = add_person(p, r, "lk", "leerkracht", "school.example", NULL);
		p->regie = add_person(p, r, "ib", "intern-begeleider", "school.example", NULL);
	}
	if (chance(r, 10)) { /* regie with the SWV's onderwijsspecialist (003) */
		p->ib = p->regie;
		p->regie = add_person(p, r, "os", "onderwijsspecialist", "swv.example", "Samenwerkingsverband");
	}
	p->ortho = add_person(p, r, "ortho", "orthopedagoog", "school.example", NULL);
	p->dir = add_person(p, r, "dir", "directeur", "school.example", NULL);

	/* Signals, and whom each brings to the table (rule deelnemers). */
	c->nsig = 0;
	for (int i = 0; i < 5; i++)
		if (chance(r, 35))
			c->signalen[c->nsig++] = i;
	if (c->nsig == 0)
		c->signalen[c->nsig++] = between(r, 0, 4);
	if (c->stage == ADJUSTED && chance(r, 40))
		c->signalen[c->nsig++] = 5;
	if (has_signal(c, 0))
		p->lpa = add_person(p, r, "lpa", "leerplichtambtenaar", "gemeente.example", "Bureau Leerplicht");
	if (has_signal(c, 1) || (has_signal(c, 4) && chance(r, 50)))
		p->jgz = add_person(p, r, "jgz", "jgz", "ggd.example", "Jeugdgezondheidszorg (jeugdarts)");
	if (has_signal(c, 2)) {
		if (chance(r, 50))
			p->smw = add_person(p, r, "smw", "smw", "smw.example", "Schoolmaatschappelijk werk");
		else
			p->cjg = add_person(p, r, "cjg", "cjg", "cjg.example", "Centrum voor Jeugd en Gezin");
	}
	if (has_signal(c, 3) || (has_signal(c, 4) && p->jgz < 0)) {
		p->wt = add_person(p, r, "wt", "wijkteammedewerker", "gemeente.example", "Toegangsteam Jeugd");
	}
	if (c->stage != EARLY) {
		/* An OT that evaluates support already given (signal
		 * evaluatie-arrangement) invites the ambulant begeleider. */
		if (chance(r, 65) || has_signal(c, 5))
			p->ab = add_person(p, r, "ab", "ambulant-begeleider", "swv.example", "Samenwerkingsverband");
		if (chance(r, 40))
			p->jhv = add_person(p, r, "jhv", "jeugdhulpverlener", "jeugdhulp.example", "Jeugdhulp De Brug");
		if (chance(r, 35))
			p->beh = add_person(p, r, "beh", "behandelaar", "ggz.example", "Jeugd-GGZ polikliniek");
	}
}

static void
people_yaml(struct cs *c)
{
	struct out *o = c->o;
	int typo = c->f == F_SCHEMA ? c->typo : -1;
	int typo_at = c->p.lk;

	put(o, "betrokkenen:\n");
	for (int i = 0; i < c->p.n; i++) {
		const struct person *q = &c->p.v[i];
		put(o, "  - id: %s\n    naam: %s\n", q->id, q->naam);
		if (typo == 0 && i == typo_at)
			put(o, "    rol: %s\n", strcmp(q->rol, "mentor") == 0 ? "mentr" : "leerkrcht");
		else
			put(o, "    rol: %s\n", q->rol);
		if (q->email[0])
			put(o, "    email: %s\n", q->email);
		if (q->org)
			put(o, "    organisatie: %s\n", q->org);
		if (typo == 1 && i == typo_at)
			put(o, "    telefon: \"0318-%06d\"\n", between(&c->r, 100000, 999999));
		else if (i == typo_at && chance(&c->r, 30))
			put(o, "    telefoon: \"0318-%06d\"\n", between(&c->r, 100000, 999999));
	}
	put(o, "\n");
}

struct meeting {
	int32_t datum, toestemming, kindgesprek;
	const char *soort;
	bool held, verslag, consent;
	int inv[24], ninv, aanw[24], naanw;
	const char *doel;
};

static void
meeting_yaml(struct cs *c, const struct meeting *m, const char *const *goal_ids, const char *const *uitkomst,
             int ngoals)
{
	struct out *o = c->o;
	struct rng *r = &c->r;
	static const char *const tijden[] = { "08:30", "13:00", "13:30", "14:00", "14:30", "15:00", "15:30" };

	put(o, "  - datum: %s\n    tijd: \"%s\"\n    duur: %d\n", D(m->datum), PICK(r, tijden),
	    strcmp(m->soort, "ot") == 0 ? PICK(r, ((const int[]){ 60, 75, 90, 90 })) : PICK(r, ((const int[]){ 45, 60, 60 })));
	put(o, "    locatie: %s, %s\n", c->school->naam, PICK(r, ((const char *const[]){ "kamer IB", "lokaal ondersteuningsteam", "spreekkamer", "teamkamer" })));
	put(o, "    soort: %s\n", m->soort);
	put(o, "    doel: >-\n");
	para(o, "      ", "      ", m->doel, c->voornaam);
	put(o, "    voorzitter: %s\n", pid(c, c->p.dir));
	put(o, "    genodigden:\n");
	for (int i = 0; i < m->ninv; i++)
		put(o, "      - %s\n", pid(c, m->inv[i]));
	if (m->held) {
		put(o, "    aanwezig:\n");
		for (int i = 0; i < m->naanw; i++)
			put(o, "      - %s\n", pid(c, m->aanw[i]));
	}
	if (m->consent)
		put(o, "    toestemming: %s\n", D(m->toestemming));
	if (m->kindgesprek)
		put(o, "    kindgesprek:\n      datum: %s\n      door: %s\n", D(m->kindgesprek), pid(c, c->p.lk));
	if (m->held && m->verslag) {
		static const char *const kop[] = { "**Overzicht.**", "**Inzicht.**", "**Uitzicht.**" };
		put(o, "    verslag: |\n");
		for (int k = 0; k < 3; k++) {
			struct out t = { 0 };
			int n = strcmp(m->soort, "ot") == 0 ? between(r, 2, 4) : between(r, 1, 2);
			put(&t, "%s", kop[k]);
			for (int j = 0; j < n; j++)
				put(&t, " %s", PICK(r, verslag_zinnen));
			if (k)
				put(o, "\n");
			para(o, "      ", "      ", t.p, c->voornaam);
			free(t.p);
		}
	}
	if (m->held && ngoals) {
		put(o, "    uitkomsten:\n");
		for (int i = 0; i < ngoals; i++)
			put(o, "      %s: %s\n", goal_ids[i], uitkomst[i]);
		put(o, "    bijstelling: |\n");
		para(o, "      ", "      ",
		     "*Doe meer van wat werkt en stop met wat niet werkt.* De afgeronde inzet stopt; wat "
		     "werkt loopt door en wordt afgebouwd naar een vorm die de school zelf kan dragen. Er "
		     "komen nieuwe doelen voor het tweede half jaar, met een nieuwe start na de zomer en "
		     "een overbrugging tot die tijd.",
		     c->voornaam);
	}
}

/* Invite everyone the OT needs (rule deelnemers) and a few more. */
static void
invite_ot(struct cs *c, struct meeting *m)
{
	const struct caseppl *p = &c->p;

	m->ninv = 0;
	for (int i = 0; i < p->n; i++) {
		if (i == p->leerling && !(c->school->vo && chance(&c->r, 50)))
			continue;
		if ((i == p->beh || i == p->jhv) && chance(&c->r, 30))
			continue;
		m->inv[m->ninv++] = i;
	}
	m->naanw = 0;
	for (int i = 0; i < m->ninv; i++)
		if (!(m->inv[i] != p->regie && m->inv[i] != p->ouders[0] && chance(&c->r, 12)))
			m->aanw[m->naanw++] = m->inv[i];
}

/* An evaluation: the regievoerder decides who comes (handbook step 8). */
static void
invite_eval(struct cs *c, struct meeting *m)
{
	const struct caseppl *p = &c->p;
	/* p->dir chairs every meeting (meeting_yaml), so is invited too. */
	int want[] = { p->leerling, p->ouders[0], p->nouders > 1 ? p->ouders[1] : -1, p->lk, p->ib, p->regie,
		       p->ortho, p->ab, p->jhv, p->wt, p->dir };

	m->ninv = 0;
	for (size_t i = 0; i < COUNT(want); i++) {
		bool dup = false;
		if (want[i] < 0)
			continue;
		for (int k = 0; k < m->ninv; k++)
			dup |= m->inv[k] == want[i];
		if (!dup && (want[i] != p->leerling || chance(&c->r, 50)))
			m->inv[m->ninv++] = want[i];
	}
	m->naanw = 0;
	for (int i = 0; i < m->ninv; i++)
		if (!(m->inv[i] != p->regie && chance(&c->r, 15)))
			m->aanw[m->naanw++] = m->inv[i];
}

/* Progress notes of one goal set on `from`, due by `term`: about half the
 * goals are measurable (beginwaarde, streefwaarde, eenheid); 0 to 12
 * notes, oldest first, dated from the goal's start up to today, one line
 * each in flow style as people add them. */
static void
notes(struct cs *c, int32_t from, int32_t term)
{
	static const char *const units[] = {"minuten zelfstandig in de pauze", "dagen verzuim per maand",
	                                    "AVI-niveau", "woorden per minuut", "keer per week"};
	static const char *const texts[] = {"Gaat beter sinds de vaste start van de dag.",
	                                    "Wisselend; na de vakantie even terug.",
	                                    "Zelf hulp gevraagd bij de instructie.",
	                                    "Met de stappenkaart rustig gebleven.",
	                                    "Besproken met ouders: thuis hetzelfde beeld."};
	struct out *o = c->o;
	struct rng *r = &c->r;
	bool measured = chance(r, 50);
	int n = between(r, 0, 12), begin = between(r, 0, 10), goal = begin + between(r, 2, 12);
	int32_t span = c->today - from;

	if (measured) {
		bool down = chance(r, 30); /* "days absent": the target below the start */
		put(o, "    beginwaarde: %d\n    streefwaarde: %d\n    eenheid: %s\n", down ? goal : begin,
		    down ? begin : goal, PICK(r, units));
	}
	if (span <= 0 || n == 0 || term <= from)
		return;
	put(o, "    voortgang:\n");
	for (int k = 0; k < n; k++) {
		int32_t day = from + 1 + (int32_t)((int64_t)span * (k + 1) / (n + 1));
		put(o, "      - {datum: %s, door: %s", D(day), pid(c, c->p.lk));
		if (measured)
			put(o, ", waarde: %d", begin + between(r, 0, goal - begin));
		if (!measured || chance(r, 40))
			put(o, ", tekst: \"%s\"", PICK(r, texts));
		put(o, "}\n");
	}
}

struct item {
	const struct inzettpl *t;
	char id[48];
	int goals[3], ngoals;
	int32_t start, eind, wacht, aangevraagd;
	bool overbrugging, toegekend;
	const char *status;
};

static const char *const ot_doelen[] = {
	"Samen met ouders begrijpen waar de spanning en de schoolweerstand van @ vandaan komen, en "
	"afspreken wat @, de leerkracht en de ouders nodig hebben.",
	"Samen met @ en de ouders begrijpen waarom @ steeds vaker thuisblijft, en bepalen wat nodig is "
	"om weer elke dag naar school te gaan.",
	"Samen begrijpen wat @ nodig heeft in de pauzes en in de ochtend, en afspreken welke "
	"ondersteuning daarbij past (school en jeugdhulp).",
	"Samen met ouders en jeugdhulp bepalen hoe @ weer tot leren komt en wie wat doet.",
};

static const char *const eval_doelen[] = {
	"Evaluatie van de doelen na een half jaar: wat werkt, wat kan worden afgebouwd en wat is er nog nodig?",
	"Evaluatie van het arrangement en afspraken voor de rest van het schooljaar.",
	"Kunnen de begeleiding en de rustmomenten worden afgebouwd? Voortgang per doel en de ervaring van @.",
};

static void
gen_case(struct cs *c)
{
	struct rng *r = &c->r;
	struct out *o = c->o;
	const int32_t T = c->today;
	int32_t ot, eval1 = 0, eval2 = 0, born;
	int groep = 0;
	struct meeting ms[3];
	int nm = 0;
	/* goals */
	const struct doeltpl *g[8];
	const char *gstatus[8];
	int32_t gterm[8];
	int ng = 0, nbatch1 = 0, nlopend = 0;
	/* arrangement */
	struct item it[10];
	int ni = 0;
	int32_t min_start = 0;
	bool gemeente = false;

	people(c);

	/* Dates: the OT in the past (running, adjusted) or ahead (early). */
	if (c->stage == EARLY)
		ot = weekday(T + between(r, 3, 45));
	else if (c->stage == RUNNING)
		ot = weekday(T - between(r, 20, 200));
	else
		ot = weekday(T - between(r, 240, 330));

	/* ---- header and leerling */
	put(o, "# yaml-language-server: $schema=../../schema/opp.schema.json\n");
	put(o, "# Benchmark case (bench/gencorpus): %s. Names, addresses and\n"
	       "# kenmerken are made up; the file is generated, not a real pupil.\n",
	    stage_names[c->stage]);
	put(o, "opp: 1\n\nleerling:\n  naam: %s\n", c->naam);
	if (c->school->vo) {
		const char *klas = PICK(r, vo_klassen);
		born = T - (12 + (klas[0] - '1')) * 365 - between(r, 0, 364);
		put(o, "  geboortedatum: %s\n  school: %s\n  groep: \"%s\"\n", D(born), c->school->naam, klas);
	} else {
		groep = between(r, 3, 8);
		born = T - (groep + 4) * 365 - between(r, 0, 364);
		put(o, "  geboortedatum: %s\n  school: %s\n  groep: \"%d\"\n", D(born), c->school->naam, groep);
	}
	put(o, "  gemeente: %s\n\n", c->gemeente);

	/* ---- goals and arrangement are planned first (their dates decide
	 * the uitkomsten, ondertekening and vastgesteld); written out below */
	if (c->stage != EARLY) {
		int want = c->f == F_GOALS ? between(r, 6, 7) : between(r, 1, 5);
		bool used[COUNT(doelen)] = { false };

		if (c->stage == ADJUSTED) {
			nbatch1 = between(r, 1, 3);
			if (c->f == F_GOALS)
				nbatch1 = nbatch1 > 8 - want ? 8 - want : nbatch1;
			else
				want = between(r, 1, 4);
		}
		for (int i = 0; i < want + nbatch1 && ng < 8; i++) {
			int k;
			do
				k = between(r, 0, (int)COUNT(doelen) - 1);
			while (used[k]);
			used[k] = true;
			g[ng++] = &doelen[k];
		}
		eval1 = c->stage == ADJUSTED ? weekday(ot + between(r, 110, 170)) : 0;
		eval2 = weekday(T + between(r, 10, c->stage == ADJUSTED ? 120 : 150));
		for (int i = 0; i < ng; i++) {
			/* A goal of the first half year goes on (lopend) only while
			 * the active goals stay within max_doelen (5). */
			if (i < nbatch1 && (chance(r, 70) || nlopend + want >= 5)) {
				gstatus[i] = "behaald";
				gterm[i] = eval1 - between(r, 3, 10);
			} else {
				gstatus[i] = "lopend";
				gterm[i] = eval2 - between(r, 3, 7);
				nlopend++;
			}
		}
		/* Items: one per goal first, then a few extra; ids unique. */
		{
			bool iused[COUNT(inzetten)] = { false };
			int nitems = ng + between(r, 0, c->stage == ADJUSTED ? 1 : 2);
			if (nitems > 9)
				nitems = 9;
			for (int i = 0; i < nitems; i++) {
				struct item *x = &it[ni];
				int k, tries = 0;
				do
					k = between(r, 0, (int)COUNT(inzetten) - 1);
				while (iused[k] && ++tries < 50);
				iused[k] = true;
				memset(x, 0, sizeof(*x));
				x->t = &inzetten[k];
				snprintf(x->id, sizeof(x->id), "%s%s", x->t->id, tries >= 50 ? "-2" : "");
				for (int j = 0; j < ni; j++)
					if (strcmp(it[j].id, x->id) == 0)
						snprintf(x->id, sizeof(x->id), "%s-%d", x->t->id, i + 2);
				x->goals[x->ngoals++] = i < ng ? i : between(r, 0, ng - 1);
				if (chance(r, 35) && ng > 1) {
					int extra = between(r, 0, ng - 1);
					if (extra != x->goals[0])
						x->goals[x->ngoals++] = extra;
				}
				/* When it starts: soon after the OT, or later with a plan B;
				 * in an adjusted case the second batch starts after the
				 * evaluation. */
				if (c->stage == ADJUSTED && x->goals[0] >= nbatch1 && i >= nbatch1)
					x->start = weekday(eval1 + between(r, 40, 90));
				else if (chance(r, 22))
					x->start = weekday(ot + between(r, 45, 100));
				else
					x->start = weekday(ot + between(r, 4, 28));
				if (i == 0)
					x->start = weekday(ot + 4); /* the first one always started */
				if (chance(r, 12)) {
					x->wacht = x->start - between(r, 1, 6);
					x->overbrugging = true;
				}
				if (x->start - ot > 42)
					x->overbrugging = true;
				x->eind = chance(r, 70) ? x->start + between(r, 70, 220) : 0;
				x->status = x->start <= T || chance(r, 70) ? "toegekend" : "aangevraagd";
				if (strcmp(x->t->door, "gemeente") == 0)
					gemeente = true;
				if (!min_start || x->start < min_start)
					min_start = x->start;
				ni++;
			}
		}
		if (c->f == F_FUNDING) {
			it[0].status = PICK(r, ((const char *const[]){ "aangevraagd", "onbekend" }));
			/* Requested the day after the OT agreed on it: the funder's
			 * decision is owed besluit_weken later (stagnatie), so the
			 * corpus holds overdue besluit items too. No draw from r:
			 * the other files stay as they were. */
			if (strcmp(it[0].status, "aangevraagd") == 0 && ot + 1 <= T)
				it[0].aangevraagd = ot + 1;
		}
	}

	/* ---- regie */
	put(o, "regie:\n  opp: %s\n", pid(c, c->p.regie));
	c->gezinsplan = c->stage != EARLY && c->p.wt >= 0 && chance(r, 45);
	if (c->gezinsplan)
		put(o, "  gezinsplan: %s\n", pid(c, c->p.wt));
	put(o, "\n");
	people_yaml(c);

	put(o, "signalen:\n");
	for (int i = 0; i < c->nsig; i++)
		put(o, "  - %s\n", signal_names[c->signalen[i]]);

	/* ---- waarneming */
	{
		static const char *const aanl[] = { "begrip", "behoefte", "haalbaarheid", "expertise", "samenwerking" };
		int na = between(r, 1, 3), start = between(r, 0, 4);
		int nobs = c->stage == EARLY ? between(r, 11, 17) : c->stage == RUNNING ? between(r, 3, 7) : between(r, 2, 4);
		int nh = c->f == F_HYPOTHESEN ? 1 : between(r, 2, 3);
		int hstart = between(r, 0, (int)COUNT(hypothesen) - 1);
		int nin = c->stage == EARLY ? between(r, 3, 5) : between(r, 1, 3);
		int32_t geinf = (c->stage == EARLY ? T - between(r, 5, 50) : ot - between(r, 14, 45));

		put(o, "\nwaarneming:\n  aanleiding:\n");
		for (int i = 0; i < na; i++)
			put(o, "    - %s\n", aanl[(start + i) % 5]);
		put(o, "  observaties: |\n");
		{
			/* An opening paragraph: longer while the case is young and
			 * the observations are all there is. */
			struct out t = { 0 };
			for (int i = 0, np = c->stage == EARLY ? between(r, 5, 8) : 1; i < np; i++)
				put(&t, "%s%s", i ? " " : "", observaties[(size_t)(hstart + 5 + 7 * i) % COUNT(observaties)]);
			para(o, "    ", "    ", t.p, c->voornaam);
			free(t.p);
		}
		put(o, "\n");
		for (int i = 0; i < nobs; i++)
			para(o, "    - ", "      ", observaties[(size_t)(hstart + 3 * i) % COUNT(observaties)], c->voornaam);
		if (c->stage == EARLY || chance(r, 50)) {
			struct out t = { 0 };
			for (int i = 0, np = c->stage == EARLY ? between(r, 2, 4) : 1; i < np; i++)
				put(&t, "%s%s", i ? " " : "", PICK(r, observaties));
			put(o, "\n");
			para(o, "    ", "    ", t.p, c->voornaam);
			free(t.p);
		}
		put(o, "  hypothesen:\n");
		for (int i = 0; i < nh; i++)
			para(o, "    - ", "      ", hypothesen[(size_t)(hstart + i) % COUNT(hypothesen)], c->voornaam);
		put(o, "  ingezet:\n");
		for (int i = 0; i < nin; i++) {
			int k = (hstart + i) % (int)COUNT(ingezet_wat);
			para(o, "    - wat: ", "        ", ingezet_wat[k], c->voornaam);
			para(o, "      effect: ", "        ", ingezet_effect[k % COUNT(ingezet_effect)], c->voornaam);
		}
		if (c->f == F_SCHEMA && c->typo == 2)
			put(o, "  ouders_geinformeerd: %.4s-02-30\n", D(geinf));
		else
			put(o, "  ouders_geinformeerd: %s\n", D(geinf));
	}

	/* ---- overleggen */
	{
		struct meeting *m = &ms[nm++];
		memset(m, 0, sizeof(*m));
		m->datum = ot;
		m->soort = "ot";
		m->held = c->stage != EARLY;
		m->verslag = c->f != F_VERSLAG;
		m->consent = c->f == F_TOESTEMMING ? false : c->stage != EARLY || chance(r, 70);
		m->toestemming = c->stage == EARLY ? T - between(r, 0, 10) : ot - between(r, 3, 14);
		/* A kindgesprek is recorded once it took place (rule datums). */
		m->kindgesprek = c->stage != EARLY || chance(r, 60) ? ot - between(r, 2, 8) : 0;
		if (m->kindgesprek > T)
			m->kindgesprek = 0;
		m->doel = PICK(r, ot_doelen);
		invite_ot(c, m);
		if (c->stage == ADJUSTED) {
			m = &ms[nm++];
			memset(m, 0, sizeof(*m));
			m->datum = eval1;
			m->soort = "evaluatie";
			m->held = true;
			m->verslag = true;
			m->consent = true;
			m->toestemming = eval1 - between(r, 5, 15);
			m->doel = PICK(r, eval_doelen);
			invite_eval(c, m);
		}
		if (c->stage != EARLY) {
			m = &ms[nm++];
			memset(m, 0, sizeof(*m));
			m->datum = eval2;
			m->soort = "evaluatie";
			m->consent = chance(r, 50);
			m->toestemming = T - between(r, 0, 14);
			m->doel = PICK(r, eval_doelen);
			invite_eval(c, m);
		}
	}
	put(o, "\noverleggen:\n");
	for (int i = 0; i < nm; i++) {
		const char *ids[8], *uit[8];
		int n = 0;
		if (strcmp(ms[i].soort, "evaluatie") == 0 && ms[i].held)
			for (int k = 0; k < nbatch1; k++) {
				ids[n] = g[k]->id;
				uit[n++] = strcmp(gstatus[k], "behaald") == 0 ? "behaald"
				           : chance(r, 70)                   ? "deels"
				                                             : "niet-behaald";
			}
		meeting_yaml(c, &ms[i], ids, uit, n);
	}

	if (c->stage == EARLY)
		goto done;

	/* ---- behoeften, factoren, integratief beeld */
	{
		int a = between(r, 0, 6);
		put(o, "\nbehoeften:\n  leerling:\n");
		for (int i = 0; i < between(r, 2, 3); i++)
			para(o, "    - ", "      ", behoeften_leerling[(a + i) % COUNT(behoeften_leerling)], c->voornaam);
		put(o, "  ouders:\n");
		for (int i = 0; i < between(r, 1, 3); i++)
			para(o, "    - ", "      ", behoeften_ouders[(a + i) % COUNT(behoeften_ouders)], c->voornaam);
		put(o, "  leerkracht:\n");
		for (int i = 0; i < between(r, 1, 2); i++)
			para(o, "    - ", "      ", behoeften_leerkracht[(a + i) % COUNT(behoeften_leerkracht)], c->voornaam);
		put(o, "  eigen_bijdrage: >-\n");
		para(o, "    ", "    ",
		     "Ouders brengen @ de eerste weken samen naar school en houden thuis de stappenkaart "
		     "bij. Opa of oma haalt @ op woensdag op. Een klasgenoot wil in de pauze met @ spelen.",
		     c->voornaam);
		put(o, "\nfactoren:\n  bevorderend:\n");
		for (int i = 0; i < between(r, 2, 3); i++)
			para(o, "    - ", "      ", bevorderend[(a + i) % COUNT(bevorderend)], c->voornaam);
		put(o, "  belemmerend:\n");
		for (int i = 0; i < between(r, 1, 3); i++)
			para(o, "    - ", "      ", belemmerend[(a + i) % COUNT(belemmerend)], c->voornaam);
		put(o, "\nintegratief_beeld: |\n");
		{
			struct out t = { 0 };
			for (int i = 0, n = between(r, 3, 5); i < n; i++)
				put(&t, "%s%s", i ? " " : "", beeld_zinnen[(a + i) % COUNT(beeld_zinnen)]);
			para(o, "  ", "  ", t.p, c->voornaam);
			free(t.p);
		}
	}

	/* ---- doelen */
	put(o, "\ndoelen:\n");
	for (int i = 0; i < ng; i++) {
		put(o, "  - id: %s\n    eigenaar: %s\n", g[i]->id, g[i]->eigenaar);
		para(o, "    doel: ", "      ", g[i]->doel, c->voornaam);
		put(o, "    context: school\n    termijn: %s\n", D(gterm[i]));
		/* The status follows from the uitkomsten; the goals of the
		 * second half year were set at the first evaluation. */
		if (c->stage == ADJUSTED && i >= nbatch1)
			put(o, "    gesteld: %s\n", D(eval1));
		put(o, "    domein: %s\n", g[i]->domein);
		if (g[i]->begin)
			para(o, "    beginsituatie: ", "      ", g[i]->begin, c->voornaam);
		para(o, "    criterium: ", "      ", g[i]->criterium, c->voornaam);
		notes(c, i < nbatch1 || c->stage != ADJUSTED ? ot : eval1, gterm[i]);
	}

	/* ---- arrangement */
	put(o, "\narrangement:\n");
	for (int i = 0; i < ni; i++) {
		const struct item *x = &it[i];
		int w = who_index(c, x->t->wie);
		put(o, "  - id: %s\n    doelen:\n", x->id);
		for (int k = 0; k < x->ngoals; k++)
			put(o, "      - %s\n", g[x->goals[k]]->id);
		para(o, "    wat: ", "      ", x->t->wat, c->voornaam);
		if (w >= 0)
			put(o, "    wie: %s\n", pid(c, w));
		else if (x->t->wie == W_OA)
			put(o, "    wie: Onderwijsassistent (%c. %s)\n", PICK(r, voornamen)[0], PICK(r, achternamen));
		else
			put(o, "    wie: %s\n", x->t->wie == W_CJG ? "CJG, trainer" : "Praktijk voor kinderfysiotherapie");
		if (x->t->frequentie)
			put(o, "    frequentie: %s\n", x->t->frequentie);
		put(o, "    start: %s\n", D(x->start));
		if (x->eind)
			put(o, "    eind: %s\n", D(x->eind));
		put(o, "    bekostiging:\n      door: %s\n      grondslag: %s\n      status: %s\n", x->t->door,
		    x->t->grondslag, x->status);
		if (x->aangevraagd)
			put(o, "      aangevraagd: %s\n", D(x->aangevraagd));
		if (x->t->bedrag)
			put(o, "      bedrag: %d\n", x->t->bedrag + 50 * between(r, 0, 20));
		if (strcmp(x->t->door, "swv") == 0)
			put(o, "      kenmerk: SWV-ARR-%d-%04d\n", 2026, between(r, 1, 9999));
		else if (strcmp(x->t->door, "gemeente") == 0)
			put(o, "      kenmerk: JW-2026-%02d-%04d\n", between(r, 1, 12), between(r, 1, 9999));
		if (x->wacht)
			put(o, "    wachtlijst_tot: %s\n", D(x->wacht));
		if (x->overbrugging) {
			put(o, "    overbrugging: >-\n");
			para(o, "      ", "      ",
			     "Tot de start blijft de leerkracht twee keer per week met @ en een klasgenoot "
			     "binnen; op de andere dagen staat de IB'er op een vaste plek bij de pleindeur. "
			     "Ouders krijgen wekelijks een kort bericht over hoe het gaat.",
			     c->voornaam);
		}
	}

	/* ---- afspraken */
	put(o, "\nafspraken:\n");
	{
		int n = between(r, 2, 6), a = between(r, 0, (int)COUNT(afspraken) - 1);
		int bad = c->f == F_AFSPRAAK ? between(r, 0, n - 1) : -1;
		for (int i = 0; i < n; i++) {
			const struct afspraaktpl *t = &afspraken[(a + i) % COUNT(afspraken)];
			int w = who_index(c, t->wie);
			int32_t uit = ot + between(r, 7, T + 60 - ot);
			if (w < 0)
				w = c->p.regie;
			put(o, "  - id: %s\n    wie: %s\n", t->id, pid(c, w));
			para(o, "    wat: ", "      ", t->wat, c->voornaam);
			put(o, "    uiterlijk: %s\n", D(uit));
			if (i != bad) {
				int k1 = c->p.regie, k2 = c->p.ouders[0];
				put(o, "    terugkoppeling:\n      - %s\n", pid(c, k1 == w ? c->p.lk : k1));
				if (chance(r, 50))
					put(o, "      - %s\n", pid(c, k2));
			}
			if (uit < T && chance(r, 85))
				put(o, "    gedaan: %s\n", D(uit - between(r, 0, uit - ot > 5 ? 5 : 0)));
		}
	}

	/* ---- ondertekening, uitstroom, vaststelling */
	{
		int32_t onder = ot + between(r, 1, 3);
		if (onder > min_start)
			onder = min_start;
		put(o, "\nondertekening:\n  ouders: %s\n  school: %s\n", D(onder), D(onder));
		if (gemeente)
			put(o, "  toegang: %s\n", D(onder));
		if (c->school->vo && chance(r, 30))
			put(o, "  leerling: %s\n", D(onder));
		put(o, "\nuitstroomperspectief:\n  richting: %s\n", PICK(r, richtingen));
		para(o, "  onderbouwing: ", "    ",
		     "Leerresultaten op niveau ondanks het verzuim; de belemmering zit in de spanning, niet in het leren.",
		     c->voornaam);
		put(o, "\nvastgesteld: %s\neinddatum: %s\n", D(onder), D(eval2 + between(r, 60, 200)));
	}
	if (c->gezinsplan) {
		put(o, "\ngezinsplan:\n  datum: %s\n  afstemming: |\n", D(ot + between(r, 7, 20)));
		para(o, "    ", "    ",
		     "Het gezinsplan richt zich op de vraag van ouders hoe zij thuis rust en regelmaat "
		     "houden. Overlap met het OPP zijn de ochtenden en het thuis oefenen. Regievoerder en "
		     "wijkteammedewerker bellen elke zes weken; de wijkteammedewerker wordt uitgenodigd "
		     "voor de evaluaties.",
		     c->voornaam);
	}
done:
	return;
}

/* ---- main ----------------------------------------------------------------- */

static void
mkdir_p(const char *path)
{
	char buf[4096];
	size_t n = strlen(path);

	if (n >= sizeof(buf))
		die("path too long: %s", path);
	memcpy(buf, path, n + 1);
	for (char *s = buf + 1; *s; s++)
		if (*s == '/') {
			*s = '\0';
			if (mkdir(buf, 0777) != 0 && errno != EEXIST)
				die("cannot create %s: %s", buf, strerror(errno));
			*s = '/';
		}
	if (mkdir(buf, 0777) != 0 && errno != EEXIST)
		die("cannot create %s: %s", buf, strerror(errno));
}

static void
write_file(const char *path, const char *data, size_t len)
{
	FILE *f = fopen(path, "wb");

	if (!f || fwrite(data, 1, len, f) != len || fclose(f) != 0)
		die("cannot write %s: %s", path, strerror(errno));
}

static int
cmp_size(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;
	return x < y ? -1 : x > y;
}

static const char usage[] =
	"usage: gencorpus [-s SEED] [-k SCHOOLS] [-t YYYY-MM-DD] N DIR\n"
	"\n"
	"Write N realistic, deterministic OPP case files into DIR/<school>/ for the\n"
	"benchmarks (bench/run.sh). -s seed (default 42), -k number of school folders\n"
	"(default 8), -t the 'today' the files are valid on (default 2026-12-01).\n";

int
main(int argc, char **argv)
{
	uint64_t seed = 42;
	int schools = 8, ch, y = 2026, m = 12, d = 1;
	size_t n, total = 0, *sizes;
	size_t per_stage[NSTAGES] = { 0 }, per_finding[NFINDINGS] = { 0 };
	char *end, path[4096], sdir[64][160];
	const char *dir;
	struct out o = { 0 };
	int32_t today;

	while ((ch = getopt(argc, argv, "s:k:t:h")) != -1) {
		switch (ch) {
		case 's': seed = strtoull(optarg, &end, 10); if (*end) die("-s wants a number"); break;
		case 'k':
			schools = (int)strtol(optarg, &end, 10);
			if (*end || schools < 1 || schools > 64)
				die("-k wants a number from 1 to 64");
			break;
		case 't':
			if (sscanf(optarg, "%4d-%2d-%2d", &y, &m, &d) != 3)
				die("-t wants YYYY-MM-DD");
			break;
		case 'h': fputs(usage, stdout); return 0;
		default: fputs(usage, stderr); return 2;
		}
	}
	if (argc - optind != 2) {
		fputs(usage, stderr);
		return 2;
	}
	n = strtoul(argv[optind], &end, 10);
	if (*end || n < 1 || n > 10000000)
		die("N must be a number from 1 to 10000000");
	dir = argv[optind + 1];
	today = days_from_civil(y, m, d);

	mkdir_p(dir);
	for (int k = 0; k < schools; k++) {
		char s[120];
		slugsep(s, sizeof(s), scholen[k % COUNT(scholen)].naam, '-');
		if (k >= (int)COUNT(scholen))
			snprintf(sdir[k], sizeof(sdir[k]), "%s/%s-%d", dir, s, k / (int)COUNT(scholen) + 1);
		else
			snprintf(sdir[k], sizeof(sdir[k]), "%s/%s", dir, s);
		mkdir_p(sdir[k]);
	}
	if (!(sizes = malloc(n * sizeof(*sizes))))
		die("out of memory");

	for (size_t i = 0; i < n; i++) {
		struct cs c;
		int k = (int)(i % (size_t)schools);
		int roll;
		char fs[40], ls[40];

		memset(&c, 0, sizeof(c));
		c.r.s = seed * UINT64_C(0x100000001B3) ^ (i * UINT64_C(0x9E3779B97F4A7C15) + 1);
		next(&c.r);
		c.o = &o;
		c.today = today;
		c.school = &scholen[k % COUNT(scholen)];
		c.gemeente = PICK(&c.r, gemeenten);
		roll = between(&c.r, 0, 99);
		c.stage = roll < 30 ? EARLY : roll < 75 ? RUNNING : ADJUSTED;
		c.f = F_NONE;
		if (chance(&c.r, 15)) {
			c.f = (enum finding)between(&c.r, 1, NFINDINGS - 1);
			if (c.stage == EARLY && c.f != F_SCHEMA && c.f != F_HYPOTHESEN)
				c.f = chance(&c.r, 50) ? F_SCHEMA : F_HYPOTHESEN;
			c.typo = between(&c.r, 0, 2);
		}
		o.len = 0;
		gen_case(&c);
		slug(fs, sizeof(fs), c.voornaam);
		slug(ls, sizeof(ls), c.naam + strlen(c.voornaam));
		snprintf(path, sizeof(path), "%s/%06zu-%s-%s.yaml", sdir[k], i + 1, fs, ls);
		write_file(path, o.p, o.len);
		sizes[i] = o.len;
		total += o.len;
		per_stage[c.stage]++;
		per_finding[c.f]++;
	}

	/* The settings, written out: no .opp.yaml further up can change them. */
	snprintf(path, sizeof(path), "%s/.opp.yaml", dir);
	{
		static const char cfg[] = "# Settings for the benchmark corpus: the defaults, written out.\n"
		                          "max_doelen: 5\noverbrugging_weken: 6\nevaluatie_maanden: 12\n";
		write_file(path, cfg, sizeof(cfg) - 1);
	}

	qsort(sizes, n, sizeof(*sizes), cmp_size);
	o.len = 0;
	put(&o, "files\t%zu\nbytes\t%zu\nseed\t%llu\nschools\t%d\ntoday\t%s\n", n, total,
	    (unsigned long long)seed, schools, D(today));
	put(&o, "size_min\t%zu\nsize_median\t%zu\nsize_max\t%zu\n", sizes[0], sizes[n / 2], sizes[n - 1]);
	for (int s = 0; s < NSTAGES; s++)
		put(&o, "stage\t%s\t%zu\n", stage_names[s], per_stage[s]);
	for (int f = 0; f < NFINDINGS; f++)
		put(&o, "finding\t%s\t%zu\n", finding_names[f], per_finding[f]);
	snprintf(path, sizeof(path), "%s/.corpus", dir);
	write_file(path, o.p, o.len);
	fwrite(o.p, 1, o.len, stdout);
	free(sizes);
	free(o.p);
	return 0;
}
