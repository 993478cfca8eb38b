/*
 * woorden — the words of the trade, explained: see woorden.h.
 */
#include "documents/woorden.h"

#include <string.h>

#include "base/buf.h"
#include "format/names.h"

/* Alphabetical. A sentence for parents says what the word means to
 * them, in B1 Dutch; for the pupil, "je" and fewer words. The sources
 * are the seed documents (file and a few words), where they use or
 * define the term. */
const struct opp_woord opp_woorden[] = {
        {"afbouwplan", NULL, "Een plan om de hulp stap voor stap minder te maken, tot het zonder kan.", NULL,
         NULL},
        {"ambulant begeleider", "AB",
         "Iemand van buiten de school die naar school komt om de leerling en "
         "de leerkracht te helpen.",
         "Iemand die naar school komt om jou en je juf of meester te helpen.",
         "001: \"Ambulant begeleider onderwijs\""},
        {"arrangement", NULL, "Alle hulp voor uw kind bij elkaar, op school en thuis.", NULL,
         "000: \"het samen bedenken, maken en uitvoeren van één arrangement voor een leerling\""},
        {"AVI-niveau", "AVI",
         "Een niveau voor technisch lezen: hoe goed en hoe vlot een kind een tekst "
         "leest.",
         "Hoe goed en hoe vlot je leest.", NULL},
        {"beschikking", NULL, "Een besluit van de gemeente dat uw kind een bepaalde hulp krijgt.", NULL,
         "003: \"Na afstemming geeft de wijkteammedewerker de beschikking af\""},
        {"co-observatie", NULL, "Twee mensen kijken samen in de klas hoe het gaat.", NULL, NULL},
        {"co-teaching", NULL, "Twee mensen geven samen les in de klas.",
         "Twee mensen geven samen les in je klas.", "001: \"Co-teaching door AB\""},
        {"cognitieve gedragstherapie", "gedragstherapie",
         "Een behandeling waarin een kind leert anders te denken over wat het eng of moeilijk vindt, en "
         "stap voor stap iets anders te doen.",
         "Je leert anders te denken over wat je eng vindt, en stap voor stap iets anders te doen.", NULL},
        {"consultatie", NULL, "Een deskundige denkt mee en geeft advies.", NULL,
         "001: \"De JGZ kan door school benaderd worden voor collegiale consultatie\""},
        {"evaluatie", NULL, "Een gesprek waarin we terugkijken: is het doel gehaald, en wat is nu nodig?",
         "Een gesprek waarin we terugkijken: is het gelukt, en wat is nu nodig?",
         "000: stap 8, \"Gezamenlijk evalueren\""},
        {"GGZ", NULL,
         "Geestelijke gezondheidszorg: hulp bij psychische problemen, zoals angst of somberheid.", NULL,
         NULL},
        {"handelingsdeel", NULL, "Het deel van het plan met de doelen en de hulp. Daarvoor tekent u.", NULL,
         "000: stap 6, \"een handtekening onder het handelingsdeel OPP is voldoende\""},
        {"IB'er", "IB|intern begeleider",
         "De intern begeleider: regelt op school de extra hulp voor leerlingen.",
         "Iemand op school die regelt dat je extra hulp krijgt.",
         "001: \"De leerkracht betreft de intern begeleider (IB'er)\""},
        {"jeugdhulp", NULL,
         "Hulp voor kinderen en gezinnen bij opgroeien en opvoeden. De gemeente regelt "
         "die hulp.",
         NULL,
         "001: \"De wijkteammedewerker ... kan verwijzen naar jeugdhulp waarvoor een indicatie nodig "
         "is\""},
        {"kindgesprek", NULL, "Een gesprek met uw kind zelf: wat gaat goed, wat is moeilijk, wat helpt?",
         "Een gesprek met jou: wat gaat goed, wat is moeilijk, wat helpt?",
         "001: \"worden er kindgesprekken gevoerd door de leerkracht en/of IB'er\""},
        {"ongeoorloofd verzuim", NULL, "Niet op school zijn zonder toestemming van de school.", NULL,
         "001: \"handhavende maatregelen treffen bij aanhoudend ongeoorloofd verzuim\""},
        {"OPP", "ontwikkelingsperspectiefplan",
         "Het ontwikkelingsperspectiefplan: dit plan, met de doelen en de hulp voor uw kind.", NULL,
         "000: \"maken samen een Ontwikkelperspectiefplan (OPP) onder regie van school\""},
        {"OT", "ondersteuningsteam",
         "Het ondersteuningsteam: een gesprek van u, de school en de mensen die helpen, over wat uw kind "
         "nodig heeft.",
         "Een gesprek met jou, je ouders en school over wat jij nodig hebt.",
         "001: \"Het ondersteuningsteam is er voor situaties waarbij de ondersteuningsvraag de "
         "basisondersteuning overstijgt\""},
        {"poliklinisch", NULL, "In een praktijk of ziekenhuis, maar uw kind slaapt gewoon thuis.", NULL,
         "001: \"dat de behandeling poliklinisch moet worden voortgezet\""},
        {"psycho-educatie", NULL, "Uitleg over een probleem, zoals angst: wat het is en wat helpt.",
         "Uitleg over wat er aan de hand is en wat helpt.",
         "001: \"psycho-educatie ontvangen van de behandelaar van Aaron\""},
        {"regie", "regievoerder", "Wie het overzicht houdt en zorgt dat de afspraken worden gedaan.", NULL,
         "000: stap 6, \"De ondersteuningscoördinator voert de regie over het OPP\""},
        {"samenwerkingsverband", "SWV",
         "De scholen in de regio samen. Zij regelen en betalen extra hulp die een school niet zelf kan "
         "geven.",
         NULL, "003: \"Is er aanvullende ondersteuning vanuit het Samenwerkingsverband ingezet\""},
        {"sociogram", "sociogrammen", "Een tekening van wie met wie omgaat in de klas.", NULL, NULL},
        {"TLV", "toelaatbaarheidsverklaring",
         "Een toelaatbaarheidsverklaring: toestemming om naar het speciaal onderwijs te gaan.", NULL,
         "001: \"de schakel voor het aanvragen van een arrangement of een TLV bij het "
         "samenwerkingsverband\""},
};
const size_t opp_woorden_n = sizeof(opp_woorden) / sizeof(*opp_woorden);

/* A form found: its term (the replacement it was added with) is in. */
static void
gevonden(void *ctx, const char *term)
{
	bool *found = ctx;

	for (size_t i = 0; i < opp_woorden_n; i++)
		if (strcmp(opp_woorden[i].term, term) == 0)
			found[i] = true;
}

size_t
opp_woorden_in(const char *text, bool *found)
{
	struct opp_names *m = opp_names_new();
	struct opp_buf vorm = OPP_BUF_INIT;
	size_t n = 0;

	for (size_t i = 0; i < opp_woorden_n; i++) {
		const char *f = opp_woorden[i].vormen;
		opp_names_add_term(m, opp_woorden[i].term, opp_woorden[i].term);
		/* each other form, up to its '|' */
		while (f && *f) {
			size_t k = strcspn(f, "|");
			opp_buf_reset(&vorm);
			opp_buf_add(&vorm, f, k);
			opp_names_add_term(m, vorm.ptr, opp_woorden[i].term);
			f += k + (f[k] == '|');
		}
	}
	opp_names_find(m, text ? text : "", gevonden, found);
	opp_buf_release(&vorm);
	opp_names_free(m);
	for (size_t i = 0; i < opp_woorden_n; i++)
		n += found[i];
	return n;
}
