/*
 * template — new case files and configs.
 */
#include "format/template.h"

#include "base/date.h"
#include "format/ruleset.h"

static const char case_text[] =
        "opp: 1\n"
        "\n"
        "# Stap 1 — wie is de leerling, wie voert de regie, wie zijn betrokken?\n"
        "leerling:\n"
        "  naam:              # een pseudoniem mag\n"
        "  school:\n"
        "  # groep: \"6\"\n"
        "  # geboortedatum: 2016-05-01\n"
        "  # gemeente:        # gemeente van de gezaghebbende ouder: bepaalt het wijkteam\n"
        "\n"
        "regie:\n"
        "  opp:               # id van de regievoerder (onderwijskant, meestal de IB'er)\n"
        "\n"
        "# Iedereen één keer, met een id; verderop verwijs je met dat id.\n"
        "betrokkenen:\n"
        "  - id:              # bijvoorbeeld ib-jansen (a-z, 0-9 en -)\n"
        "    naam:\n"
        "    rol: intern-begeleider\n"
        "    # email:\n"
        "  - id: ouders\n"
        "    naam:\n"
        "    rol: ouders\n"
        "  - id:\n"
        "    naam:\n"
        "    rol: leerkracht\n"
        "  - id:\n"
        "    naam:\n"
        "    rol: orthopedagoog\n"
        "\n"
        "# Signalen bepalen wie je uitnodigt: verzuim, sociaal-medisch, opvoeden-licht,\n"
        "# opvoeden-zwaar, andere-levensgebieden, evaluatie-arrangement.\n"
        "signalen: []\n"
        "\n"
        "# Stap 1 — observeren. Toets altijd meerdere hypothesen.\n"
        "waarneming:\n"
        "  aanleiding: []     # begrip, behoefte, haalbaarheid, expertise, samenwerking\n"
        "  observaties: |\n"
        "    Wat zie je, wanneer, hoe vaak?\n"
        "  hypothesen:\n"
        "    - \n"
        "    - \n"
        "  ingezet: []        # - {wat: ..., effect: ...}: wat is al geprobeerd, met welk effect\n"
        "  # ouders_geinformeerd: %s\n"
        "\n"
        "# Stap 2-3 — het OT voorbereiden en organiseren. Bepaal het doel samen met\n"
        "# leerkracht en ouders; vraag toestemming voordat stukken naar externen gaan.\n"
        "overleggen: []\n"
        "#  - datum: %s\n"
        "#    tijd: \"15:00\"\n"
        "#    soort: ot\n"
        "#    doel: Wat willen we na het OT weten of afgesproken hebben?\n"
        "#    genodigden: [ouders, ...]\n"
        "#    toestemming:     # datum waarop ouders toestemming gaven\n"
        "\n"
        "# Stap 4 — behoeften en factoren (na het OT in te vullen).\n"
        "# behoeften:\n"
        "#   leerling: []\n"
        "#   ouders: []\n"
        "#   leerkracht: []\n"
        "# factoren:\n"
        "#   bevorderend: []\n"
        "#   belemmerend: []\n"
        "# integratief_beeld: |\n"
        "\n"
        "# Stap 5 — enkele haalbare doelen (niet meer dan vijf), op school gericht.\n"
        "# doelen:\n"
        "#   - id: d1\n"
        "#     eigenaar: leerling\n"
        "#     doel:\n"
        "#     termijn:\n"
        "#     # Meetbaar? Dan toont opp de verwachte lijn en of het doel op koers is.\n"
        "#     beginwaarde:      # waar het kind nu staat, bijvoorbeeld 3\n"
        "#     streefwaarde:     # waar het op de termijn moet staan, bijvoorbeeld 15\n"
        "#     eenheid:          # wat je telt: minuten, woorden per minuut, dagen verzuim\n"
        "#     # Stap 7 — voortgang tussen de evaluaties: één regel per keer.\n"
        "#     voortgang:\n"
        "#       - {datum: , door: , waarde: , tekst: \"\"}\n"
        "\n"
        "# Stap 6 — per doel de inzet, met bekostiging geregeld vóór de start;\n"
        "# afspraken als \"A doet B en koppelt op X-termijn terug aan Z\".\n"
        "# arrangement: []\n"
        "# afspraken: []\n"
        "# ondertekening: {ouders: , school: }\n"
        "# uitstroomperspectief: {richting: , onderbouwing: }\n"
        "# vastgesteld:\n";

void
opp_template_case(struct opp_buf *out, int32_t today, const char *schema)
{
	if (schema)
		opp_buf_printf(out, "# yaml-language-server: $schema=%s\n", schema);
	opp_buf_printf(out,
	               "# OPP aangemaakt op %s met `opp new`. Lege waarden invullen; `opp validate`\n"
	               "# zegt wat nog ontbreekt.\n",
	               opp_date_str(today).s);
	opp_buf_printf(out, case_text, opp_date_str(today).s, opp_date_str(today).s);
}

void
opp_template_config(struct opp_buf *out)
{
	opp_buf_puts(
	        out,
	        "# .opp.yaml — instellingen voor de casusbestanden in deze map en eronder.\n"
	        "# Elke instelling staat er met haar standaardwaarde; haal het # weg om haar\n"
	        "# te veranderen.\n"
	        "\n"
	        "# max_doelen: 5            # hooguit zoveel actieve doelen (handboek: enkele, haalbare "
	        "doelen)\n"
	        "# overbrugging_weken: 6    # inzet die later dan dit na het OT start, heeft een plan B "
	        "nodig\n"
	        "# evaluatie_maanden: 12    # de volgende evaluatie binnen zoveel maanden na het laatste "
	        "overleg\n"
	        "# leeftijd_instemming: 18  # vanaf deze leeftijd ondertekent de leerling het plan ook\n"
	        "# voortgang_dagen: 7       # voortgangsnotities horen er zoveel dagen vóór een evaluatie\n"
	        "# besluit_weken: 6         # een financier beslist binnen zoveel weken na de aanvraag\n"
	        "# wachtlijst_weken: 12     # een wachtlijst langer dan dit na het eerste OT is stagnatie\n"
	        "# escalatie: Team Nooit Opgeven van de regio; de onderwijsconsulenten\n"
	        "# tijdzone: Europe/Amsterdam\n"
	        "# volledige_naam: false    # uitnodigingen tonen initialen; true: de volledige naam\n"
	        "# organisator:             # wie de uitnodigingen verstuurt (standaard: de regievoerder)\n"
	        "#   naam: Intern begeleider\n"
	        "#   email: ib@school.example\n"
	        "# rollen:                  # regionale functienamen op de standaardrollen\n"
	        "#   toegangsteam-jeugd: wijkteammedewerker\n"
	        "#   klantmanager-jeugd: wijkteammedewerker\n"
	        "\n"
	        "# Per regel: fout, waarschuwing of uit. Standaard:\n"
	        "# regels:\n");
	for (int i = 0; i < OPP_RULE_COUNT; i++)
		if (i != OPP_RULE_SYNTAX)
			opp_buf_printf(out, "#   %s: %s\n", opp_rules[i].name,
			               opp_rules[i].sev == OPP_SEV_ERROR ? "fout" : "waarschuwing");
}
