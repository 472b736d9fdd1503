/* annotate_names.c — the name-related word lists of the annotator: common given names (with the
 * gender a pronoun would use), titles written before names, role nouns, and words that mark a
 * capitalised run as an organisation or place rather than a person. Tables are sorted so lookups
 * are binary searches; lex_names_sorted() lets the tests check that edits kept them sorted.
 * The lists are deliberately small and general (US/UK news); docs/annotate.md says what they miss. */
#include "annotate_internal.h"
#include <stdlib.h>
#include <string.h>

#define U ANN_GENDER_UNKNOWN
#define F ANN_GENDER_FEMALE
#define M ANN_GENDER_MALE

typedef struct LexName {
    const char *w;
    unsigned char g;
} LexName;

typedef struct LexWord {
    const char *w;
    uint32_t flags;
    unsigned char g;
} LexWord;

static const LexName GIVEN[] = {
    {"aaron", M}, {"abigail", F}, {"ada", F}, {"adam", M}, {"adrian", M}, {"adriana", F},
    {"ahmed", M}, {"aisha", F}, {"alan", M}, {"albert", M}, {"alex", U}, {"alexander", M},
    {"ali", M}, {"alice", F}, {"alicia", F}, {"allison", F}, {"amanda", F}, {"amber", F},
    {"amelia", F}, {"amy", F}, {"ana", F}, {"andrea", F}, {"andrew", M}, {"angela", F},
    {"anita", F}, {"ann", F}, {"anna", F}, {"anne", F}, {"annie", F}, {"anthony", M},
    {"antonio", M}, {"arthur", M}, {"ava", F}, {"avery", U}, {"barbara", F}, {"barry", M},
    {"beatriz", F}, {"ben", M}, {"benjamin", M}, {"bernard", M}, {"bernie", M}, {"beth", F},
    {"beto", M}, {"betty", F}, {"beverly", F}, {"bill", M}, {"billy", M}, {"bob", M}, {"bobby", M},
    {"brad", M}, {"brandon", M}, {"brenda", F}, {"brent", M}, {"brian", M}, {"bridget", F},
    {"brittany", F}, {"bruce", M}, {"bryan", M}, {"cameron", U}, {"camila", F}, {"carl", M},
    {"carla", F}, {"carlos", M}, {"carmen", F}, {"carol", F}, {"caroline", F}, {"carolyn", F},
    {"casey", U}, {"catherine", F}, {"charles", M}, {"charlie", M}, {"charlotte", F},
    {"cheryl", F}, {"chloe", F}, {"chris", M}, {"christina", F}, {"christine", F},
    {"christopher", M}, {"chuck", M}, {"claire", F}, {"clara", F}, {"clarence", M},
    {"claudia", F}, {"colin", M}, {"connie", F}, {"craig", M}, {"cynthia", F}, {"daisy", F},
    {"dale", M}, {"dan", M}, {"dana", U}, {"daniel", M}, {"darren", M}, {"david", M},
    {"deborah", F}, {"debra", F}, {"denise", F}, {"dennis", M}, {"derek", M}, {"devon", U},
    {"diana", F}, {"diane", F}, {"diego", M}, {"dolores", F}, {"dominic", M}, {"don", M},
    {"donald", M}, {"donna", F}, {"doris", F}, {"dorothy", F}, {"doug", M}, {"douglas", M},
    {"drew", U}, {"duncan", M}, {"dwight", M}, {"earl", M}, {"ed", M}, {"eddie", M},
    {"edward", M}, {"elaine", F}, {"eleanor", F}, {"elena", F}, {"eli", M}, {"elias", M},
    {"elijah", M}, {"elise", F}, {"elizabeth", F}, {"ella", F}, {"ellen", F}, {"emily", F},
    {"emma", F}, {"eric", M}, {"erin", F}, {"ernest", M}, {"esther", F}, {"ethan", M},
    {"eugene", M}, {"eva", F}, {"evan", M}, {"evelyn", F}, {"fatima", F}, {"fiona", F},
    {"frances", F}, {"frank", M}, {"fred", M}, {"gabriela", F}, {"gail", F}, {"gary", M},
    {"gavin", M}, {"george", M}, {"gerald", M}, {"gina", F}, {"glenn", M}, {"gloria", F},
    {"gordon", M}, {"grace", F}, {"greg", M}, {"gregory", M}, {"gwen", F}, {"hannah", F},
    {"harold", M}, {"harriet", F}, {"harry", M}, {"heather", F}, {"heidi", F}, {"helen", F},
    {"henry", M}, {"hillary", F}, {"holly", F}, {"howard", M}, {"hugh", M}, {"ian", M},
    {"ingrid", F}, {"irene", F}, {"isaac", M}, {"isabel", F}, {"isabella", F}, {"jack", M},
    {"jacob", M}, {"jacqueline", F}, {"jake", M}, {"james", M}, {"jamie", U}, {"jane", F},
    {"janet", F}, {"janice", F}, {"jasmine", F}, {"jason", M}, {"javier", M}, {"jean", F},
    {"jeff", M}, {"jeffrey", M}, {"jennifer", F}, {"jeremy", M}, {"jerry", M}, {"jesse", M},
    {"jessica", F}, {"jill", F}, {"jim", M}, {"jimmy", M}, {"joan", F}, {"joanna", F}, {"joe", M},
    {"joel", M}, {"john", M}, {"jon", M}, {"jonathan", M}, {"jordan", U}, {"jorge", M},
    {"jose", M}, {"joseph", M}, {"josephine", F}, {"joshua", M}, {"joyce", F}, {"juan", M},
    {"judith", F}, {"judy", F}, {"julia", F}, {"julie", F}, {"justin", M}, {"kamala", F},
    {"karen", F}, {"kate", F}, {"katherine", F}, {"kathleen", F}, {"kathryn", F}, {"kathy", F},
    {"kay", F}, {"keisha", F}, {"keith", M}, {"kelly", U}, {"ken", M}, {"kenneth", M},
    {"kevin", M}, {"kim", U}, {"kirsten", F}, {"kofi", M}, {"kwame", M}, {"kyle", M},
    {"larry", M}, {"laura", F}, {"lauren", F}, {"lawrence", M}, {"leah", F}, {"lee", U},
    {"leon", M}, {"leonard", M}, {"leslie", U}, {"liam", M}, {"linda", F}, {"lindsey", U},
    {"lisa", F}, {"logan", M}, {"lori", F}, {"louis", M}, {"louise", F}, {"lucas", M},
    {"lucia", F}, {"lucy", F}, {"luis", M}, {"luke", M}, {"luther", M}, {"lydia", F}, {"lynn", F},
    {"madison", F}, {"malcolm", M}, {"marco", M}, {"marcus", M}, {"margaret", F}, {"maria", F},
    {"marie", F}, {"marilyn", F}, {"mario", M}, {"mark", M}, {"marsha", F}, {"martha", F},
    {"martin", M}, {"mary", F}, {"matt", M}, {"matthew", M}, {"max", M}, {"maya", F},
    {"megan", F}, {"melissa", F}, {"mia", F}, {"michael", M}, {"michelle", F}, {"miguel", M},
    {"mike", M}, {"mitch", M}, {"mitt", M}, {"mohammed", M}, {"monica", F}, {"morgan", U},
    {"muhammad", M}, {"nadia", F}, {"nancy", F}, {"naomi", F}, {"natalie", F}, {"nathan", M},
    {"neil", M}, {"nicholas", M}, {"nick", M}, {"nicole", F}, {"nikki", F}, {"nina", F},
    {"noah", M}, {"nora", F}, {"oliver", M}, {"olivia", F}, {"omar", M}, {"oscar", M},
    {"owen", M}, {"pamela", F}, {"pat", U}, {"patricia", F}, {"patrick", M}, {"paul", M},
    {"paula", F}, {"pedro", M}, {"peggy", F}, {"pete", M}, {"peter", M}, {"philip", M},
    {"phillip", M}, {"priya", F}, {"quinn", U}, {"rachel", F}, {"rafael", M}, {"ralph", M},
    {"rand", M}, {"randy", M}, {"ray", M}, {"raymond", M}, {"rebecca", F}, {"regina", F},
    {"renee", F}, {"ricardo", M}, {"richard", M}, {"rick", M}, {"riley", U}, {"rita", F},
    {"rob", M}, {"robert", M}, {"roberto", M}, {"robin", U}, {"roger", M}, {"ron", M},
    {"ronald", M}, {"rosa", F}, {"rose", F}, {"roy", M}, {"rudy", M}, {"russell", M}, {"ruth", F},
    {"ryan", M}, {"sam", U}, {"samantha", F}, {"samuel", M}, {"sandra", F}, {"sara", F},
    {"sarah", F}, {"scott", M}, {"sean", M}, {"sergio", M}, {"seth", M}, {"shannon", U},
    {"sharon", F}, {"shirley", F}, {"sidney", U}, {"simon", M}, {"sofia", F}, {"sonia", F},
    {"sophia", F}, {"stanley", M}, {"stephanie", F}, {"stephen", M}, {"steve", M}, {"steven", M},
    {"susan", F}, {"suzanne", F}, {"tamara", F}, {"tammy", F}, {"taylor", U}, {"ted", M},
    {"teresa", F}, {"terry", M}, {"theresa", F}, {"thomas", M}, {"tim", M}, {"timothy", M},
    {"tina", F}, {"todd", M}, {"tom", M}, {"tommy", M}, {"tony", M}, {"tracy", U}, {"travis", M},
    {"trevor", M}, {"troy", M}, {"tyler", M}, {"valerie", F}, {"vanessa", F}, {"victor", M},
    {"victoria", F}, {"vincent", M}, {"virginia", F}, {"walter", M}, {"wanda", F}, {"warren", M},
    {"wayne", M}, {"wendy", F}, {"wesley", M}, {"william", M}, {"willie", M}, {"yolanda", F},
    {"yusuf", M}, {"zachary", M}, {"zoe", F},
};

static const LexWord TITLES[] = {
    {"adm", LX_TITLE, U}, {"admiral", LX_TITLE, U}, {"alderman", LX_TITLE, M},
    {"ambassador", LX_TITLE, U}, {"archbishop", LX_TITLE, U}, {"assemblyman", LX_TITLE, M},
    {"assemblywoman", LX_TITLE, F},
    {"attorney", LX_TITLE, U}, {"bishop", LX_TITLE, U}, {"capt", LX_TITLE, U},
    {"captain", LX_TITLE, U}, {"cardinal", LX_TITLE, M}, {"chair", LX_TITLE, U}, {"chairman", LX_TITLE, M},
    {"chairwoman", LX_TITLE, F}, {"chancellor", LX_TITLE, U}, {"chief", LX_TITLE, U},
    {"coach", LX_TITLE, U}, {"col", LX_TITLE, U}, {"colonel", LX_TITLE, U},
    {"commissioner", LX_TITLE, U}, {"congressman", LX_TITLE, M}, {"congresswoman", LX_TITLE, F},
    {"councillor", LX_TITLE, U}, {"councilman", LX_TITLE, M}, {"councilor", LX_TITLE, U},
    {"councilwoman", LX_TITLE, F}, {"dame", LX_TITLE | LX_HONORIFIC, F}, {"dean", LX_TITLE, U},
    {"deputy", LX_TITLE, U}, {"detective", LX_TITLE, U}, {"director", LX_TITLE, U},
    {"dr", LX_TITLE | LX_HONORIFIC, U}, {"gen", LX_TITLE, U}, {"general", LX_TITLE, U},
    {"gov", LX_TITLE, U}, {"governor", LX_TITLE, U}, {"imam", LX_TITLE, M},
    {"judge", LX_TITLE, U},
    {"justice", LX_TITLE, U}, {"king", LX_TITLE, M}, {"lieutenant", LX_TITLE, U},
    {"lt", LX_TITLE, U}, {"mayor", LX_TITLE, U}, {"minister", LX_TITLE, U},
    {"miss", LX_TITLE | LX_HONORIFIC, F}, {"monsignor", LX_TITLE, M},
    {"mr", LX_TITLE | LX_HONORIFIC, M},
    {"mrs", LX_TITLE | LX_HONORIFIC, F}, {"ms", LX_TITLE | LX_HONORIFIC, F},
    {"mx", LX_TITLE | LX_HONORIFIC, U}, {"officer", LX_TITLE, U}, {"pastor", LX_TITLE, U},
    {"pope", LX_TITLE, U}, {"premier", LX_TITLE, U}, {"president", LX_TITLE, U},
    {"prince", LX_TITLE, M}, {"princess", LX_TITLE, F}, {"principal", LX_TITLE, U},
    {"prof", LX_TITLE, U}, {"professor", LX_TITLE, U}, {"prosecutor", LX_TITLE, U},
    {"queen", LX_TITLE, F}, {"rabbi", LX_TITLE, U}, {"rep", LX_TITLE, U},
    {"representative", LX_TITLE, U}, {"rev", LX_TITLE, U}, {"reverend", LX_TITLE, U},
    {"secretary", LX_TITLE, U}, {"sen", LX_TITLE, U}, {"senator", LX_TITLE, U},
    {"sergeant", LX_TITLE, U}, {"sgt", LX_TITLE, U}, {"sheikh", LX_TITLE, M},
    {"sheriff", LX_TITLE, U},
    {"sir", LX_TITLE | LX_HONORIFIC, M}, {"speaker", LX_TITLE, U},
    {"superintendent", LX_TITLE, U}, {"trustee", LX_TITLE, U}, {"vice", LX_TITLE, U},
};

static const LexName ROLES[] = {
    {"accountant", U}, {"activist", U}, {"actor", U}, {"actress", F}, {"administrator", U},
    {"adviser", U}, {"advisor", U}, {"agent", U}, {"aide", U}, {"ally", U}, {"ambassador", U},
    {"analyst", U}, {"anchor", U}, {"architect", U}, {"assistant", U}, {"associate", U},
    {"athlete", U}, {"attorney", U}, {"auditor", U}, {"author", U}, {"baker", U}, {"banker", U},
    {"biologist", U}, {"bishop", U}, {"blogger", U}, {"brother", M}, {"businessman", M},
    {"businesswoman", F}, {"candidate", U}, {"captain", U}, {"ceo", U}, {"cfo", U}, {"chair", U},
    {"chairman", M}, {"chairperson", U}, {"chairwoman", F}, {"challenger", U}, {"chancellor", U},
    {"chef", U}, {"chemist", U}, {"chief", U}, {"clerk", U}, {"coach", U}, {"cofounder", U},
    {"columnist", U}, {"commentator", U}, {"commissioner", U}, {"congressman", M},
    {"congresswoman", F}, {"consultant", U}, {"coo", U}, {"coordinator", U}, {"correspondent", U},
    {"councilman", M}, {"councilor", U}, {"councilwoman", F}, {"counselor", U}, {"daughter", F},
    {"dean", U}, {"delegate", U}, {"deputy", U}, {"designer", U}, {"detective", U},
    {"developer", U}, {"diplomat", U}, {"director", U}, {"doctor", U}, {"economist", U},
    {"editor", U}, {"employee", U}, {"engineer", U}, {"entrepreneur", U}, {"epidemiologist", U},
    {"executive", U}, {"expert", U}, {"fan", U}, {"farmer", U}, {"father", M}, {"founder", U},
    {"freshman", U}, {"general", U}, {"governor", U}, {"grandfather", M}, {"grandmother", F},
    {"harbormaster", U}, {"head", U}, {"historian", U}, {"host", U}, {"husband", M}, {"imam", U},
    {"incumbent", U}, {"inspector", U}, {"instructor", U}, {"investor", U}, {"judge", U},
    {"junior", U}, {"king", M}, {"landlord", U}, {"lawmaker", U}, {"lawyer", U}, {"leader", U},
    {"lecturer", U}, {"legislator", U}, {"librarian", U}, {"manager", U}, {"master", U},
    {"mayor", U}, {"member", U}, {"merchant", U}, {"meteorologist", U}, {"minister", U},
    {"mother", F}, {"neighbor", U}, {"nominee", U}, {"nurse", U}, {"officer", U}, {"official", U},
    {"operator", U}, {"opponent", U}, {"organizer", U}, {"owner", U}, {"parent", U}, {"partner", U},
    {"pastor", U}, {"pharmacist", U}, {"physician", U}, {"physicist", U}, {"pilot", U},
    {"planner", U}, {"player", U}, {"pollster", U}, {"president", U}, {"priest", U},
    {"principal", U}, {"professor", U}, {"prosecutor", U}, {"provost", U}, {"psychologist", U},
    {"quarterback", U}, {"queen", F}, {"rabbi", U}, {"referee", U}, {"reporter", U},
    {"representative", U}, {"researcher", U}, {"resident", U}, {"rival", U}, {"scientist", U},
    {"secretary", U}, {"senator", U}, {"senior", U}, {"sheriff", U}, {"singer", U}, {"sister", F},
    {"soldier", U}, {"son", M}, {"sophomore", U}, {"speaker", U}, {"specialist", U},
    {"spokesman", M}, {"spokesperson", U}, {"spokeswoman", F}, {"staffer", U}, {"strategist", U},
    {"student", U}, {"superintendent", U}, {"supervisor", U}, {"surgeon", U}, {"teacher", U},
    {"tenant", U}, {"therapist", U}, {"treasurer", U}, {"trustee", U}, {"veteran", U},
    {"volunteer", U}, {"widow", F}, {"wife", F}, {"worker", U}, {"writer", U},
};

static const char *const ORGS[] = {
    "academy", "act", "administration", "agency", "airlines", "airport", "alliance", "amendment",
    "american", "arena", "army", "assembly", "association", "authority", "avenue", "bakery",
    "bank", "beach", "board", "boulevard", "bridge", "bureau", "cabinet", "cafe", "campaign",
    "center", "centre", "church", "city", "clinic", "club", "co", "coalition", "college",
    "commission", "committee", "company", "congress", "consulate", "corp", "corporation",
    "council", "county", "court", "daily", "democrat", "democratic", "democrats", "department",
    "dept", "district", "east", "eastern", "elementary", "embassy", "empire", "energy",
    "engineering", "falls", "federal", "federation", "force", "foundation", "fund", "gazette",
    "gop", "group", "guard", "hall", "harbor", "health", "heights", "herald", "high", "hills",
    "hospital", "hotel", "house", "inc", "industries", "initiative", "institute", "international",
    "island", "islands", "jail", "journal", "kingdom", "laboratory", "labs", "lake", "league",
    "library", "llc", "ltd", "magazine", "mall", "market", "media", "medical", "middle",
    "ministry", "motors", "mountain", "museum", "national", "navy", "network", "news", "north",
    "northern", "office", "park", "parliament", "partners", "party", "plan", "police", "port",
    "post", "press", "prison", "program", "project", "province", "radio", "region", "report",
    "republic", "republican", "republicans", "restaurant", "review", "river", "road", "school",
    "schools", "senate", "service", "services", "society", "south", "southern", "square",
    "stadium", "states", "station", "street", "systems", "team", "technologies", "television",
    "times", "town", "tribune", "trust", "tv", "union", "united", "university", "valley",
    "village", "west", "western",
};

#undef U
#undef F
#undef M

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* bsearch comparators: the key is the lower-case word, each entry starts with its word. */
static int cmp_name(const void *key, const void *e)
{
    return strcmp(key, ((const LexName *)e)->w);
}

static int cmp_word(const void *key, const void *e)
{
    return strcmp(key, ((const LexWord *)e)->w);
}

static int cmp_str(const void *key, const void *e)
{
    return strcmp(key, *(const char *const *)e);
}

uint32_t lex_name_classify(const char *lw, AnnGender *gender)
{
    uint32_t flags = 0;
    const LexName *n = bsearch(lw, GIVEN, COUNT(GIVEN), sizeof GIVEN[0], cmp_name);
    if (n) {
        flags |= LX_FIRST;
        *gender = (AnnGender)n->g;
    }
    const LexWord *t = bsearch(lw, TITLES, COUNT(TITLES), sizeof TITLES[0], cmp_word);
    if (t) {
        flags |= t->flags;
        if (t->g) *gender = (AnnGender)t->g;
    }
    const LexName *r = bsearch(lw, ROLES, COUNT(ROLES), sizeof ROLES[0], cmp_name);
    if (r) {
        flags |= LX_ROLE;
        if (r->g) *gender = (AnnGender)r->g;
    }
    if (bsearch(lw, ORGS, COUNT(ORGS), sizeof ORGS[0], cmp_str)) flags |= LX_ORG;
    return flags;
}

bool lex_names_sorted(void)
{
    for (size_t i = 1; i < COUNT(GIVEN); i++)
        if (strcmp(GIVEN[i - 1].w, GIVEN[i].w) >= 0) return false;
    for (size_t i = 1; i < COUNT(TITLES); i++)
        if (strcmp(TITLES[i - 1].w, TITLES[i].w) >= 0) return false;
    for (size_t i = 1; i < COUNT(ROLES); i++)
        if (strcmp(ROLES[i - 1].w, ROLES[i].w) >= 0) return false;
    for (size_t i = 1; i < COUNT(ORGS); i++)
        if (strcmp(ORGS[i - 1], ORGS[i]) >= 0) return false;
    return true;
}
