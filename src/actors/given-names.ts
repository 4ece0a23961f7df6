/**
 * Given names from many languages, beyond the few hundred in `name-lexicon.ts`: English, Spanish and
 * Portuguese, French, German, Dutch and Nordic, Italian, Slavic, Greek, Hungarian and Romanian, Arabic,
 * Persian and Turkish, Indian and Pakistani, Chinese, Korean, Japanese and Vietnamese, African, and the
 * one-word stage names the news writes alone ("Neymar", "Rihanna"). Written from general knowledge.
 *
 * Names that are also common English words, places, titles or products ("Chad", "Dawn", "Sydney",
 * "Sultan", "Joy", "Claude", "Stella", "Mercedes") are left out on purpose: a run that starts with a
 * given name is read as a person with no other context, so such a word would make bodies, places and
 * products into people.
 */
export const WORLD_GIVEN_NAMES: readonly string[] = `
  aamir aarav abbas abbasali abbey abby abdallah abdelaziz abdelfattah abdelhamid abdelilah abdelkader
  abdelmadjid abdiweli abdolreza abdou abdoulaye abdulla abdullahi abdulrahman abdurrahman abe abed abel
  abena abhay abhijit abhinav abhishek abigail abimbola abiola abiy abraham achim achraf adama adebayo
  adekunle adele adeline ademola adewale adeyemi adil aditi aditya adjoa adolfo adriana adriano adrien
  adrienne adèle afaf afonso agatha agnes agnieszka agostino agustin agustín ahlam ahmadreza aidan aiden
  aiman aimé ainsley aissatou aitor ajay ajit akbar akhil akhilesh akihito akiko akosua akram akshay akufo
  alaa alain alana alassane alastair alba alda aldo alec alejandra aleksandar aleksander aleksandr
  aleksandra aleksei aleksey alessia alessio alexandria alexis alfie alfonso alfred alfredo algernon
  algirdas ali-akbar alida aline alireza alistair alla allan allen allison alma alok alonso alparslan alvaro
  alvin alyssa amadou amandine amar amarinder amedeo amelia amer amina aminata amine amirhossein amitabh
  amjad ammar amol amos amparo amr amrita amy amélie anabel anand anant anastasia anastasios anatolii
  anatoly anaïs anders andrej andres andriy andrus andré andrés andy angelo angie angus anita anja anjali
  ankit annabel annabelle annalena annegret annelies annick annie annika anselmo ante antoine antoinette
  antonella antonia antonis anupam anuradha anurag anwar aoi apostolos araceli arash archibald archie arda
  ardeshir arend ariana ariel arjen arkady arlene armand armando armin arnaud arne arnie arron artem arturo
  artyom arun aruna arvind arvinder asaduddin asha ashkan ashley ashok ashton ashwin aslı asma astrid atal
  atef athanasios atiku attila aubrey audrey aurelio aurélie aurélien ava avery avinash awad axel axl ayanna
  ayman ayodele aysel aysun ayumi ayush ayşe azadeh aziz babajide babak babita badr bahaa bahman bahram
  balaji baljit baltasar balwinder bandar baptiste barbra barney barry bart bartolomeo bas basel bashir
  basim bassam bastien beatrice beatriz becky behrouz bekir belinda benazir benedetta bengt benito benoit
  benoît berat berhane bernadette bernardo bernd bert bertrand beth bethany beto betsy bettino betty beverly
  beyonce beyoncé bhagat bharat bhavna bheki bhupendra bijan bilal bilawal billie billy binali birgit
  birgitta bjork bjorn björk björn blair blaise blake blanca bobby bobi bogdan bohdan bohuslav bola bolaji
  boleslaw bongani bonnie bono borislav borut boubacar boutros boyko brady branislav branko brenda brendan
  brent brianna bridget brigitte britney brittany bronislaw brooke bruna bryan bryce bulent burak burkhard
  byron bärbel bülent caetano caitlin caleb callum calvin cameron camila camilla camille candace capucine
  cara carey carlo carlota carlton carmela carmen carmine carolyn carrie casey cassandra cassidy catalina
  caterina cayetano cecil cecilia cedric celia celine cem cemal cengiz cesare chandra chandrika chantal
  charlene charley charlie chee-hwa cher cheryl chetan chiamaka chiara chidi chidinma chika chima chinedu
  chinwe chioma chloe chrissy christa christelle christie christoph christophe christos christy chukwudi
  chukwuemeka chunying cindy cinzia ciro clara clare clark claudio clayton clemence clement clifford clint
  clyde clémence clément cody colette colleen concepcion connie connor conor constance constantinos consuelo
  corey corina corinne cornelis corrado costas courtney cristiano cristóbal curtis cynthia cyril czeslaw
  cécile céline césar daan dacian dae-jung dag dagmar daisuke daisy dalia dalton damian damien damon dana
  daniele danielle danny danuta daphne darcy daria dario darius dariush darla darlene darrell darryl darya
  daryl darío davey davide davood debbie debra deepak deepika deirdre dejan delia della delores delphine
  demi denise derrick desmond detlef deval devendra devin devlet devon dexter dhruv diab diane dianne didier
  dieter dietrich dilip dilma dimitar dimitrios dimitris dina divya dmytro do-yoon dobromir domenico domingo
  dominick dominique donatella donna donnie dora doreen dorin doris dorothy dragan dragana dries dua duc
  dusan dušan dwayne dwight dylan ebrahim eckhard eddie edgar edith edmund edna edoardo eduardo edwin efrain
  efraín efua egils egon ehab ehsan eileen einar ekaterina ekkehard ekrem elaine eleanor eleni elham eli
  elias elif elin elinor eliot elisa elisabetta eliza elke ella elliot elliott ellis elmer elodie eloise
  eloy elsa elsie elton elvira elvis elzbieta emad emanuele emeka emerson emiko emilio emine eminem
  emmanuelle emmerson emmett emre engin enrico enzo erdal erdogan erica erich erin erkan erling ernest ernie
  ernst errol ertugrul ertuğrul esmail esra essam esteban estela estelle ethel etienne etta ettore eugenio
  eui-yong eunice evangelos evaristo evelyn everett evgenia evgeny ezra fabiano fabien fabienne fabio
  fabiola fabrice fabrizio fadi fadl fahad fahd fanta farhad farideh farmaajo farooq farouk farshad fathi
  fatih fatma fatou fawad fawaz fawzi fayez federica federico felicity ferenc fereydoun fergus ferhat fermin
  fernanda fidel fikri filippo firouz flavio flor florencia florent florin floyd flávio folake forrest
  franca frances francine francisca franco francois frankie franklin françois françoise frauke freddie
  freddy frederic freja freya frida friedrich fritz frédéric fuad fumio funmilayo fyodor gabor gabriela
  gabriele gaetano gail galina gareth garrett garrincha garth gaspard gaurav gautam gaëlle geert geeta gemma
  genevieve geneviève gennady geoff geoffrey georgi georgina georgios gerald geraldine gerard gerardo gerd
  gerda germain gerrit gertrude geun-hye ghada ghassan gheorghe ghislaine ghulam giacomo giampaolo giancarlo
  gianluca gianluigi gianni gigi gilbert gilberto gilles gillian gilmar gino giorgia giorgos giovanna
  giovanni girish girolamo gisela gisele gisèle gita gitanas giulia giuliano giulio giuseppina gladys
  glauber glenda gloria godfrey golnar gonzalo goodluck gopal goran gotabaya gottfried govind graciela
  graziano greta gretchen griffin grigory grzegorz guadalupe guaido gudrun guilan guillaume guiying gulsen
  gunnar gunter gunther guoqiang gurpreet gustav gustave gwede gwen gwendolyn gwyneth gábor gérald gérard
  gökhan günter günther ha-eun habib hadi hafez haidar haile hailemariam hailey haitham haiyan hakainde
  hakim hakki haley halima halina halsey halvard hamad hamdan hamdi hanan haneen hani hank hanna hannelore
  hannes haoran hardik harish haroun harpreet harriet harrison harsh hartmut haruka haruki haruto hashem
  hasina hassan-sheikh hatem hattie hayao haydar hayden hazem hee heidi heike heiko heinrich helga heloisa
  hema hemant hendrik hendrika henk henri henrietta henrik heriberto herman hernan hernán herta hervé hesham
  heung-min hideki hidetoshi hilary hinata hirohito hirokazu hiroko hisham hojatollah hongwei honoré horace
  horacio horst hortense hosni hossein houda hristo hubert huda hugues hui hulusi humphrey huning husam
  huseyin hussain hye-jin hyun hyun-woo héctor hélène hüseyin ibrahima ibtisam ichiro ida idriss ifeoma
  ignacio ignazio ihab ikechukwu il-sung ilaria ildiko ilie ilker ilona ilse imad iman imogen in-young inder
  ing-wen ingvar inmaculada inna inés ioan ioannis iohannis ion ira irena irving iryna isabelle isaiah
  isaias ishaq isla ismael ismail ismet issa issoufou istvan istván itziar ivana ivanka iván jaap jaber
  jabir jacek jacinda jacinto jackie jacopo jacqueline jaden jadwiga jae-in jae-yong jafar jagdish jair
  jaishankar jakaya jakub jalal jamal jamil janez janice janos janusz jaroslav jaroslaw jasper jassim
  jaswant jaswinder javad jawad jay-z jayant jean-baptiste jean-françois jean-jacques jean-louis jean-marc
  jean-michel jean-paul jean-yves jeanette jeanne jed jelena jenna jeremiah jeroen jerrold jerzy jess jessie
  jesús ji-hoon ji-sung ji-woo jiabao jiahua jian jianguo jianhua jianxiong jiaqi jie jiechi jillian jimmy
  jinping jiri jitendra jiří jo jo- joachim joann joanne joao joaquin joaquín jocelyn jochen jodie joey
  johan johnny jolene jomo jonah jonas jong-il jong-un joon-ho joost jorg joris josefa josefina josephine
  josette josie jovan jozef joão joël juana judit judy juha jukka jules julien juliet juliette julio julius
  jun junaid junichiro jurgen justine jyoti jános jérôme józef jörg jürgen kadiatou kailash kais kaitlyn
  kaja kaka kaká kalpana kamran kanye kaori kapil kara karan kareem kari karima karin karine karla karsten
  kasey kasia katalin katarzyna katelyn katerina katie katja katrin katrina katsunobu katy katya kaveh
  kavita kayla kazem kazimierz kazuki kazuko kazuo kees kei keiko keira kellie kelly kellyanne kelvin kemal
  kendall kendra kendrick kenichi kenny kent kenta keqiang kerem kerry kersti keyvan kgalema khadija khaleda
  khalifa khalil khloe khloé ki-moon kieran kimberly kimi kiran kirk kirsten kishore kjell klaus kobe koen
  kofi koji kojo kolinda kolo konrad konstantin kostas kourosh kourtney krishna krista kristin kristina
  kristy krzysztof ksenia kseniya kuldeep kumar kun-hee kunal kwabena kwaku kwame kwesi kylie kyriakos
  kyung-wha lacey laetitia laila lakshiwnder lakshmi lalit lamberto lana larisa larissa larry laszlo latifa
  laurence laurent laurie layla leah leandro leanne lebron lech lei leif lennart lenny lenín leona leonard
  leonel leonor leroy leslie lester leszek leticia letitia letizia levent lewis lexi lidia lieke lihua
  lijian lillian lin lina lindiwe lindsay lindsey ling lionel liviu lizzo loay lois lola lonnie lorde
  loredana lorena loretta lorna lorraine lothar louie louisa louise lourdes lowell luana lubna lubomir lucas
  lucia luciana luciano lucien lucille lucinda lucio lucía ludovic luella luigi luisa lula lupita luther
  lutz lydia lydie lyle lyndon lyudmila lászló léa léon léonie maarten mabel macarena maciej mackenzie macky
  madeleine madeline madhu madonna mae maged maggie mahamat mahdi maher mahesh mahinda mahmood mahmoud
  mahmud maithripala majed majid makoto maksim malak malia malik malin mamadou mamdouh mandla mandy manfred
  manish manlio manmohan manoj manolis manon manouchehr manpreet mansour manuela marcel marcela marcello
  marcelo marcia marcio marcy margarita margie margot marguerite mariah mariam marian mariana marianne
  mariano marie marieke mariko marilyn marion marisol mariusz marjan marjorie markus marla marlene marsha
  martha martina martine marty marvin marwan maryam maryann masahiro masako masato masoud mateo mathieu
  mathijs mathilde matilda mats matteo mattia mattie maureen mauricio maurizio maxime maximo maxine maxwell
  maynard mayumi mazen meena meera megumi mehbooba mehdi mehrdad meike melania melanie meles melih melinda
  melvin mengistu meral meredith merle meryl mesut metin mette mette- mevlut mevlüt micah michela michele
  michiko michèle mick mickey mihai mika milagros milan mildred miley millie milos miloš milton min- min-ho
  mindy ming mingyu minh miranda mireia mireille mirko miroslav miroslaw misaki mitchell mladen mmusi moby
  mohamad mohamed-abdullahi mohan mohsen mojtaba molly momir mona monica monique moo-hyun morris morteza
  mostafa mouna mounir moussa muhammadu muhammed muharrem mukesh mukhtar munir murad murali muriel mustafa
  mwai mykhailo mykola myles myra myrtle myung-bak márcio máximo mónica nabeel nabil nada nadezhda nadim
  naguib naif najib najwa naledi nana nanami nandini naoki naoko naoto narayan naruhito nasrallah nasrin
  natalie natalya nathaniel naveen navin navjot nawaf nawaz nayef nayib necmettin ned neeraj neha nellie
  nemanja nenad nettie neymar ngozi ngugi nicky nicolae nicoletta nicolás nidal niek nienke nigel nihat
  nikhil niklas nikolay nikos nils ning nirmala nitin nitish nizar nkosazana nnamdi noel nomvula noor nora
  norbert norberto noriko norma nouri novak noémie noël numan nurettin nuri nyerere obinna octavio océane
  odile ognyan oksana oleg oleksandr oleksiy olena olha olivia olivier ollanta ollie olof olusegun oluwafemi
  oluwaseun omer omran oprah orhan orville osama oskar osman osmar osvaldo oswald othman otis oumar ousmane
  ove owen ozan ozzy paige pallavi paloma panagiotis pankaj paola paolo paramjit parisa parvati parviz
  pascale patrice patricia patricio patsy patti patty paula paulette pauline paulo pavlo pavlos payam peer
  peggy pekka pele pelé penelope peng percy pernilla perry pervez petar pete petr petro peyton phoebe phuc
  phuong phyllis piero pieter pietro pilar piotr piyush polly pooja pouya prabhu pradeep prakash pranab
  pranav prashant prateek praveen predrag preeti prem preston priscila priscilla priya priyanka qamar qasim
  qiang qishan quang quentin quinn rabia rachael radek radoslaw radovan raed rafa raffaele raffaella rafik
  ragnar raila raimonds raimundo rainer rajab rajat rajeev rajendra rajesh rajiv rajnath rakesh raman ramesh
  ramin ramiro ramzan ramón rana rand randall randolph rania ranil ranjit raphaël raquel rasha rashad rashid
  rashida rashmi rasmus ratan ratko ravi ravindra raúl rebeca recep reem reggie reginald reinaldo reinhard
  reinhold rekha renata renate renato renaud renzo rené rhonda rhys riad riccardo ricky ridha rigoberto
  rihanna riley rima rin ringo ritu rivaldo riyad robbie roberta robyn rocco rocio rocío rodney rodolfo
  rogelio rohan rohit roland rolando rolf rollo romain romano romario ronaldinho ronaldo ronan ronnie rory
  rosalind rosana rosanna rosario rosemary ross rostislav roxanne roya ruben rubén rudolf rufus rumen rune
  rupert ruslan russ rutger ruto ruud ryota rémi rémy rüdiger saad sabrina sachiko sachin sadegh sadettin
  sadie sadio saeed saeid sahil sahle-work saif sajith sakura salah saleh salem salif salvador salvatore
  samer sami samia sammy sander sandor sandrine sandro sanjeev sanna santiago santosh saroj sasha satish
  satoshi satya sauli sayed scarlett scooter sebastián segun selahattin selena selim selma seo-yeon serena
  seth sevda seydou seymour shadi shady shahbaz shahram shakira shane shania shaquille sharif shashi shawn
  shehbaz shekhar shelby sheldon shelley sherman sherry shigeru shinji shinjiro shireen shirin shirley shiv
  shivraj shoaib shobha shohei shreya shui-bian shweta sia siamak siddharth sidney sigmar signe sigrid
  sigurd silas silke silvia silvio simona simone sinan sipho siv siya sjoerd slobodan smriti snoop socorro
  sofía soheil sohrab soledad solveig solène sonia sonya soo-jin sophia sota sotiris spencer spyros stacey
  stacy stanislav stanislaw stavros stefania stefanie stefano steffen stephan stewart stig stijn sting
  stojan stoyan stéphane stéphanie subhash subramanian sudhir suk-yeol sukhbir suleyman sumit sune sung-kim
  sunita suresh susana sushil sushma susie suzanne svante svetlana sviatoslav swati sylvain sylvester sylvia
  sylvie sándor sébastien ségolène séverine süleyman tabitha tadashi taher tahir takashi takeo takeshi
  takuya talal tamer tamim tammy tanner tansu tao tara taras tarik tariq tarja taro tarun tatiana tatyana
  tawfik taylor tayyip tedros teemu teng-hui teodoro terence terrence tess tessa tetsuya thabo thanasis
  thandiwe thanh thelma themba theo theodore theodoros thiago thibault thierry thijs thor thorsten thulani
  thuy thérèse tiago tibor til timo timothée ting tiziana tobias toby todor tomasz tommaso tommy tomoko
  tomás tonya toomas torbjorn torbjørn tore torsten toshimitsu toshiro tracey traci tracy traian trent
  trevor tricia trisha tristan trudy trung tsai tsegaye tuan tulsi tuncay tunde tung tuomas turgut tyler
  tyrone uche uday ugo ugur uhuru ulf ulises ulla ulrich ulrika ulrike ulysses umberto umesh umit usama usha
  usher uttam uwe uğur vadim vahid vaira valdir valdis valentin valentín valeria valerie valerio valeriy
  valérie vangelis varun vasile vasily vasyl vaughn vernon veronica veronika veysel viacheslav vibeke
  vicente vicki vicky viggo vijay vikas vinay vince vincenzo vinh vinicius vinod vinícius viola viorica
  vipin virat virgil virginie virginio vishal vitali vitaliy vitaly vittoria vittorio vivian vlad vladislav
  vladyslav volkan volker vuk vyacheslav véronique wael wagner walid wallace walt waltraud wanda wangari
  waqar warren wassim waylon weah weiwei wenbo wendell wendy wenliang werner wesley whitney wilbur wilfred
  wilfried wilhelm willa willard willie willis wilma wim winfried winifred winnie winston wladyslaw wojciech
  wolfram wouter wyatt xavi xiaohong xiaoli xiaoming xiaoping xiaoyan ximena xin xinyi xiomara xiulan
  xiuying xuan yadira yahya yakubu yan yana yanis yannick yannis yanping yaobang yaroslav yaser yash yasin
  yasir yasser yassin yasuo yavuz yaw yaya yazan yazid yemi yeol yevgeniy yevgeny yifan yildirim ying ying-
  jeou yo-jong yogesh yogi yoko yolanda yong yoshihiko yoshiro yousif youssou yousuf yoweri yui yuki yukio
  yuko yun yuna yunshan yuriy yutaka yuto yutong yuxuan yves yvonne zach zachary zack zaid zainab zaki zane
  zayed zbigniew zdenek zeca zeinab zelda zemin zeynep zhaoxu zhen zhengsheng zhi zhiqiang zhiwei ziad zico
  zihan zixuan ziyad ziyang zlatko zodwa zoltan zoltán zoran zoé zubin zulfikar zuzana zvonimir zygmunt
  álvaro ángel édouard élodie émile éric étienne ömer ümit
`
  .trim()
  .split(/\s+/);
