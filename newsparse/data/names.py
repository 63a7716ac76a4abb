"""Common given names, for telling a person's name from a capitalised phrase.

"Weitere Informationen", "Zum Seitenanfang", "Erneuerbare Energien" and "Jane Roe" are all two
capitalised words alone on a line; only the last opens with a given name. The byline ranker reads
whether a candidate's first name is one of these (`select.byline_candidates`); it is evidence, not
a gate, so names missing here (rarer or from other naming traditions) can still win on the rest.

Written for this project: frequent given names by language, case-folded, accents kept (a scrape
keeps them too). Space-separated lists keep the file readable; `GIVEN_NAMES` is the union.
"""

import unicodedata

_ENGLISH = """
abby adele agnes alfred alison allan alyssa andre angel annabel arthur ashton ava barry becky bella
bernard beth blake brenda brett bridget brittney bryce caleb calvin candace carter casey cassandra
cecilia chad chase christian clarence claudia clifford clint cody cole courtney curtis daisy damon
darius darryl deanna delia desmond dominic don duncan dustin edith edwin eli elise eliza ellie elliot
elsa emilia erik ernest esther ethel felicity fiona florence floyd francis gabriella gareth gemma
georgia gerard gilbert glenn gordon greta gwen harriet harvey hazel heidi herbert hilary hugh hunter
ingrid iris irene isaiah ivan jasmine jay jared jeanette jenifer jerome jessie joanna jocelyn jodie
josephine joy juan june kara karl katrina kayla keira kelsey kendra kenny kristen kristin kurt lacey
lance lara leon leonard lesley lewis lillian lindsey lloyd lorraine lucas luther lydia mabel mackenzie
malcolm mandy marcus margot marina marion marissa marjorie marlon marshall mason maureen maxwell maya
melvin mia milton miranda mitchell muriel myra nadia naomi natasha neal nigel nina nora oscar paige
pauline pearl percy perry priscilla quentin rachael reid renee rhonda ricky riley roberta rod rodney
roland ronnie rosemary ross roy rupert sabrina sadie shana shane shaun sheryl sidney simon sonia stacey
stella stuart sylvia tara ted terrence tessa theo theodore tiffany toby tracey trevor troy vera
vernon vivian wade warren wesley whitney wilma winston yvonne zach
aaron abigail adam adrian aidan alan albert alex alexander alexandra alexis alice alicia alison
allison amanda amber amelia amy andrea andrew andy angela angelina anita ann anna anne annie anthony
april ashley audrey austin barbara barry ben benjamin beth betty beverly bill billy bob bobby bonnie
brad bradley brandon brenda brendan brian bridget brittany brooke bruce bryan caitlin cameron carl
carla carol caroline carolyn carrie catherine cathy charles charlie charlotte chelsea cheryl chloe
chris christina christine christopher cindy claire clara colin connor craig crystal cynthia dale
dan dana daniel danielle danny darren dave david dawn dean debbie deborah debra denise dennis derek
diana diane donald donna doris dorothy doug douglas dylan ed eddie edward eileen elaine eleanor
elijah elizabeth ella ellen emily emma eric erica erin ethan eugene evan evelyn frances frank fred
gabriel gail gary gavin george gerald gina glen gloria grace graham grant greg gregory hannah harold
harry heather helen henry holly howard ian isaac isabel isabella jack jackie jacob jacqueline jake
james jamie jane janet janice jason jean jeff jeffrey jenna jennifer jenny jeremy jerry jesse
jessica jill jim jimmy jo joan joanne joe joel john johnny jon jonathan jordan joseph josh joshua
joyce judith judy julia julian julie justin karen kate katherine kathleen kathryn kathy katie kay
keith kelly ken kenneth kerry kevin kim kimberly kirsten kyle larry laura lauren lawrence leah lee
leo leslie liam lily linda lindsay lisa liz logan lois lori louis louise lucas lucy luke lynn
madison maggie marc margaret maria marie marilyn mark martha martin mary matt matthew megan melanie
melissa michael michelle mike miles molly monica morgan nancy natalie nathan neil nicholas nick
nicole noah norman oliver olivia owen pamela patricia patrick paul paula peggy penny peter phil
philip phillip phyllis rachel ralph randy ray raymond rebecca richard rick rita rob robert robin
roger ron ronald rose ruby russell ruth ryan sally sam samantha samuel sandra sara sarah scott sean
shannon sharon shawn sheila shirley sophia sophie stacy stanley stephanie stephen steve steven sue
susan suzanne tammy tanya taylor teresa terry theresa thomas tim timothy tina todd tom tony tracy
travis tyler valerie vanessa veronica victor victoria vincent virginia walter wayne wendy william
willie zachary zoe
aoife ciaran colm declan eoin niamh padraig seamus sinead siobhan
"""

_GERMAN_DUTCH_NORDIC = """
amelie anett angelika annika ansgar antonia arnd arnold aylin ben bernadette bianca carla carolin
charlotte clara constanze detlef dietrich dominik edith eduard elias elena elfriede ella emilia emma
erich esther ewald fabienne falk finn frauke frida friederike gabi gernot gesine greta gregor
hannes hedwig heinz-peter helene helmut henrik hildegard ida ilona ines isabel isabell jacqueline
janina janine jannis jasmin jeannette joachim jonathan josefine judith jule juliane julius justus
karla karoline kerstin kevin kim konstantin lara laura leni leonard lina linda lisa-marie lorenz
lotte luca luisa luise magdalena maja marc marcel mareike maren margarete marina marius marko
marta martha marvin mathilda mats melanie merle mia michel milena moritz nadja natascha nele nicole
niels noah nora oskar patricia paul paula peer philip pia raphael rebecca reiner robin ronja rosa
rosemarie ruth sara sarah selina silvia sophia sophie stella stephanie sybille tamara thea theresa
thomas till tilo timo toni uli ulli valentin vanessa viktor viola walburga wiebke wilfried yannick
achim alois andreas anja anke annette antje armin arne astrid axel barbara bärbel bastian beate
benedikt bernd bernhard bettina birgit björn bodo brigitte britta burkhard carina carsten christa
christiane christian christina christoph claudia cornelia dagmar daniela dieter dietmar dirk doris
dorothea egon eike elke elisabeth ellen emil erik erika ernst erwin eva fabian felix florian frank
franz franziska friedrich frieda fritz gabriele georg gerd gerda gerhard gertrud gisela gudrun
günter günther gunter hanna hannah hannelore hans harald hartmut heide heidi heike heiko heinrich
heinz helga helmut henning herbert hermann holger horst hubert ilse ina inge ingo ingrid irene iris
jan jana jannik jens jochen joachim johann johanna johannes jonas jörg josef jürgen julia jutta
kai karin karl karsten katharina kathrin katja katrin klaus konrad kristina lars lea lena leon
leonie lisa lothar lukas lutz maik malte manfred manuel manuela mareike margit marianne marion
markus marlene martina mathias matthias max maximilian meike michaela mirko monika nadine nico
niklas nils nina norbert ola olaf ole oliver ortwin otto pascal petra philipp rainer ralf regina
reinhard reinhold renate rené robert roland rolf rüdiger rudolf sabine sabrina sandra sascha sebastian
siegfried silke simon simone sönke sonja stefan stefanie steffen stephan susanne sven svenja tanja
thilo thorsten tilman tim tobias torsten udo ulf ulla ulrich ulrike ursula uta ute uwe vera
verena volker walter werner wilhelm willi wolfgang yvonne
anders bjørn erik fredrik gunnar henrik ingrid jens karin kristian lars magnus mats nils per sigrid
sofie stig sven torben
bart bram daan dirk floor geert hendrik henk jaap jeroen joost kees koen lieke maarten pieter
ruud sanne sander wouter
anneliese annemarie anton claus eberhard eckhard edgar ekkehard elmar enno ferdinand friedhelm gebhard
gottfried gustav hajo hanne heidrun helge helmuth henriette henrike herta hinrich ignaz ilka ingeborg
irmela irmgard isolde jakob joscha klemens korbinian kuno lasse leander lennart ludger ludwig luzia
mechthild meinhard meinolf nikolaus oswald otfried ottmar paulina regine roswitha sabina severin
sieglinde sigmar steffi susann swantje tabea tatjana thekla theresia toralf traudl ursel vinzenz
waldemar waltraud wendelin wenzel winfried wolfram
knut leif mads mattias
eero juha jukka kari leena liisa mikko pekka riikka sari tiina tuomas
"""

_FRENCH_ITALIAN = """
adeline alexandra alice alix amandine ambre antoinette apolline arthur astrid audrey aurélien axelle
bastien béatrice benjamin blanche capucine charlotte chloé clémence constance corentin daniel
david denise édouard éléonore élise eloïse emma enzo estelle eugène fanny flavie florian francine
gabriel gaspard gautier gisèle héloïse inès jacqueline jean-claude jean-louis jean-luc jean-marc
jean-michel jean-paul jean-pierre joséphine josiane jules julie justine léo léonie lise loïc louise
lucas lucien madeleine maëlle marcel marguerite marianne marion maud mélanie nadine nathan noël
odile pauline quentin régis rené robert sabine samuel sarah simon solène suzanne sylvain théo
thibault timothée victor victoire yvette
ada agnese alba alfredo alice aldo anita arianna aurora bruno camilla carolina cesare cinzia
dario diego dino edoardo elisabetta eleonora emma ettore fabrizio flavio franca gaia giada gino
giorgia giuliana gloria graziella guido ilaria irene laura leonardo letizia lidia linda loredana
lucio manuela marcello margherita mariangela marina martina mattia mirko monica nadia noemi
ornella piero raffaele renato rita rocco sabrina samuele sergio sofia teresa tiziana ugo vanessa
vincenzo viola
adèle adrien agnès aimé alain albane alexandre alexis amélie anaïs andré anne antoine arnaud
aurélie baptiste benoît bernard bertrand brigitte bruno camille caroline cécile céline charles
christelle christophe claire claude clément colette corinne cyril damien delphine denis didier
dominique élodie émile émilie emmanuel éric étienne fabien fabrice florence françois françoise
frédéric gaëlle geneviève gérard gilles grégoire guillaume hélène henri hervé hugo isabelle jacques
jean jeanne jérôme joël josé julien juliette laetitia laurence laurent léa léon louis luc lucie
manon marc marcel marie marine martine mathieu mathilde maxime michel michèle monique nathalie
nicolas noémie olivier pascal patrice patrick philippe pierre raphaël rémi renaud roger romain
sandrine sébastien serge simone sophie stéphane stéphanie sylvie thierry thomas valérie véronique
vincent virginie xavier yann yves
alberto alessandra alessandro alessia andrea angelo anna antonella antonio beatrice carla carlo
chiara claudio cristina daniele davide domenico elena elisa emanuele enrico enzo fabio federica
federico filippo francesca francesco franco gabriele giacomo gianluca gianni giorgio giovanna
giovanni giulia giulio giuseppe lorenzo luca lucia luigi marco maria mario marta massimo matteo
maurizio michela michele nicola paola paolo pietro riccardo roberta roberto rosa salvatore sara
serena silvia simona stefano tommaso valentina valerio vittorio
"""

_SPANISH_PORTUGUESE = """
abel adolfo agustín aitana alba alfredo alicia amparo andrea ángela antonia ariel arturo aurora
benjamín bernardo blanca clara concepción consuelo cristóbal daniela dolores elisa emilia ernesto
esperanza estela eugenia federico felipe fernán florencia francisca gerardo gregorio hugo iván
jimena josefina julián leticia lidia lourdes lucas lucas macarena marcelo marina matías maximiliano
mateo miriam nerea noelia octavio olga paloma patricio ramiro raquel renata rosario salvador samuel
silvia sonia tatiana valeria vicente yolanda
adriano alessandra alexandre amanda ana beatriz camila carlos catarina clara cristiano débora diogo
eduardo elisa emanuel fabiana francisca heloísa henrique isabela joaquim larissa leandro lívia
manuel margarida maria mateus miguel natália nuno patrícia priscila raquel ricardo rita rui sofia
tiago vanessa
adriana alberto alejandra alejandro alfonso alicia álvaro ana andrés ángel antonio beatriz camila
carlos carmen carolina catalina césar claudia cristian cristina daniel david diego eduardo elena
emilio enrique esteban eva fernanda fernando francisco gabriel gabriela gloria gonzalo guillermo
gustavo héctor ignacio inés irene isabel jaime javier jesús joaquín jorge josé juan juana julia
julio laura leonardo lorena lucía luis luisa manuel manuela marcela marcelo marcos margarita maría
mariana mario marta martín mauricio mercedes miguel mónica natalia nicolás norma óscar pablo patricia
paula pedro pilar rafael ramón raúl ricardo roberto rocío rodrigo rosa rubén santiago sergio sofía
susana teresa tomás valentina verónica víctor ximena
ana antónio bruno caio carla cláudia daniela eduarda fábio felipe fernanda flávia gabriela gonçalo
guilherme gustavo joão joana jorge júlia leonardo letícia lucas luciana luís luiz marcelo márcio
marcos mariana matheus paulo pedro rafaela renata rodrigo sérgio tatiana thiago vinícius vítor
edilson edson gilberto jacobo jair josué lázaro mauro néstor osvaldo reinaldo rogelio silvio
"""

_SLAVIC_BALTIC_HUNGARIAN = """
alicja bogdan bożena danuta dariusz dawid elżbieta emilia filip halina hanna henryk irena iwona
jadwiga jarosław jolanta justyna kacper kazimierz krystyna leszek maciej maja marianna mateusz
natalia nikola oliwia patrycja przemysław renata roman ryszard sebastian sławomir sylwia teresa
urszula wiesław wiktoria witold zuzanna
alena daniel david dominik hana jakub jaroslav kateřina klára lukáš marie michal milena ondřej
radek tereza vojtěch zuzana
nadja nadia natasha nikolay oksana pyotr roman ruslan stanislav tatyana vadim valentina viktor
yaroslav yulia
анастасия арина богдан вероника глеб даниил егор елизавета захар зоя инна камила лев лидия
маргарита матвей милана михаил нина софья тимофей ульяна фёдор эдуард
anikó dóra eszter gergely gyula judit krisztina márta miklós nóra orsolya réka tibor viktória
adam agnieszka aleksandra andrzej anna barbara bartosz beata dorota ewa grzegorz jacek jakub jan
janusz jerzy joanna józef julia kamil karolina katarzyna krzysztof łukasz magdalena małgorzata
marcin marek maria mariusz marta michał monika paweł piotr rafał robert stanisław szymon tadeusz
tomasz wojciech zbigniew zofia
eva ivana jana jiří josef karel lenka lucie markéta martin miroslav pavel petr tomáš václav
zdeněk
ana dragan goran ivan ivana jelena marko milan nikola tomislav zoran
alexei alexey andrei andrey anna anastasia boris dmitri dmitry ekaterina elena evgeny galina igor
irina ivan katya maxim mikhail natalia nikolai oleg olga pavel sergei sergey svetlana tatiana
vladimir yekaterina yelena yuri
алексей александр александра алина анастасия андрей анна антон артём борис вадим валентина
валерий василий вера виктор виктория владимир вячеслав галина геннадий георгий григорий дарья
денис дмитрий евгений евгения екатерина елена елизавета иван игорь илья ирина кирилл константин
ксения лариса леонид любовь людмила максим марина мария михаил надежда наталья никита николай
оксана олег ольга павел полина роман светлана сергей станислав татьяна юлия юрий яна
ágnes andrás anna attila balázs csaba éva ferenc gábor istván jános józsef katalin lászló mária
péter sándor szilvia tamás zoltán zsolt
"""

_OTHER = """
abdul abdullah adel amal amina amr faisal farah hana hani hiba imran jamal jamil khaled laila
malik mariam marwan nabil nasser nour rania reem salim salma samira tariq walid yasmine ziad
arif aylin cem deniz elif emine hakan hasan hülya kemal leyla metin selin serkan tolga
abhishek ajay akash ananya anita arun ashok gaurav harish karan kiran lakshmi meera nikhil
prakash pradeep rakesh ramesh sachin sandeep shilpa shiv sneha sonia swati tanvi varun vivek
aiko daiki haruka hiroko hiroki kaori kazuki keiko kenta mai mariko masato megumi naoki rina
ryo sakura shota takeshi taro tomoko yoko yumi
jun min-jun seo-yeon ji-woo hyun soo-jin
ahmed ali amir amira aisha fatima hamid hassan hussein ibrahim karim khalid layla leila mahmoud
mohamed mohammad mohammed mustafa nadia omar rami samir sara yasmin youssef yusuf zainab
ahmet ayşe ayse burak can emre fatma mehmet murat mustafa özlem zeynep
aditya amit anil anjali arjun deepak divya kavita krishna manish neha pooja prashant priya rahul
raj rajesh ravi rohit sanjay shreya sunil suresh vijay vikram
akira haruto hiroshi kenji naoko satoshi takashi yuki yuko
chen hui jing li ling lei mei min ming wei xin yan ying yong
abhijit rajiv sudhir vikas haruki kanae miho shinji sota yuka yusuke
"""

GIVEN_NAMES: frozenset[str] = frozenset(
    word
    for group in (
        _ENGLISH,
        _GERMAN_DUTCH_NORDIC,
        _FRENCH_ITALIAN,
        _SPANISH_PORTUGUESE,
        _SLAVIC_BALTIC_HUNGARIAN,
        _OTHER,
    )
    for word in group.split()
)


def plain_spelling(word: str) -> str:
    """One spelling for "Jürgen", "Juergen" and "Jurgen", "René" and "Rene": a converter that writes
    ASCII, or a site that spells umlauts out, still shows a common given name."""
    unaccented = "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
    return unaccented.replace("ae", "a").replace("oe", "o").replace("ue", "u").replace("ß", "ss")


GIVEN_NAMES_PLAIN: frozenset[str] = frozenset(plain_spelling(name) for name in GIVEN_NAMES)


def is_given_name(word: str) -> bool:
    """`word` (case-folded) is a common given name, in the list's spelling or a plain one."""
    return word in GIVEN_NAMES or plain_spelling(word) in GIVEN_NAMES_PLAIN


# Honorifics and titles that stand where a given name would: "Dr. Jane Roe", "Mrs H Pyke".
NAME_TITLES: frozenset[str] = frozenset(
    [
        "dr",
        "dr.",
        "prof",
        "prof.",
        "mr",
        "mr.",
        "mrs",
        "mrs.",
        "ms",
        "ms.",
        "sir",
        "dame",
        "frau",
        "herr",
        "mme",
        "mme.",
        "m.",
        "sr.",
        "sra.",
        "dott.",
        "ing.",
    ]
)
