/**
 * Domains that are never acceptable as a registry source, whatever they say: content farms and SEO
 * "where is X from" pages, AI-tool directories, scraper mirrors of other sites, proxies and
 * translation gateways, and AI-written aggregator "news". A domain here also blocks its subdomains.
 * Add to this list when a review finds one; never remove one without saying why in the commit.
 */
export const BLOCKED_SOURCE_DOMAINS: readonly string[] = [
  // content farms / SEO pages / AI-written blogs
  'flexlab.io', 'oreateai.com', 'umatechnology.org', 'zhiapp.uk', 'cyberlayman.com', 'chatforest.com',
  'keywordswiki.com', 'versaaihub.com', 'rivista.ai', 'agixtech.com', 'ai-navigate-news.com', 'aimarketingnewstoday.com',
  'aipressa.com', 'airevolution.cc', 'anybodycanprompt.com', 'arietiform.com', 'asianintelligence.ai',
  'ata-chronicle.online', 'bertey.com', 'bitshare.cm', 'codcompass.com', 'coolwallpaper.in', 'curionic.net',
  'dailytechupdate.com', 'decodenetwork.ai', 'digest.allm.link', 'gentic.news', 'global24news.me', 'gptzone.net',
  'guidantech.com', 'hammadakbar.com', 'hubbry.com', 'implicator.ai', 'innerzy.net', 'iqsource.ai', 'langenkamp.io',
  'letsdatascience.com', 'littletool.com', 'llmmatchmaker.com', 'llmreference.com', 'lowcost-fly.shop', 'lujuba.top',
  'maombi.com', 'newsbeep.com', 'newyorkdigitalnews.org', 'pilihbajumuslim.com', 'pinchy.cc', 'pnw.ai',
  'probsee.com', 'q-2-u.com', 'qu3ry.net', 'quarterlytics.com', 'rapmd.net', 'readnow.cc', 'rect29.com', 'reruption.com',
  'resee.it', 'screenshot-media.com', 'semasocial.com', 'seoma.com.ua', 'shacklemedia.com', 'shdbkk.com', 'softwareseni.com',
  't4eh0.com', 'tech-simplified.pages.dev', 'tech.eznews.xyz', 'techcontroversy.com', 'techregister.co.uk', 'textlize.com',
  'their.cc', 'top10etnews.com', 'topictrick.com', 'toptech.news', 'venturesmoon.com', 'wdctv.news',
  'wikova.com', 'xolby.com', 'ybx.com', 'zacong.ninja', '24usa.news', '2048ai.net', 'advancedainews.com', 'aissential.tech',
  'buchi-gadget.com', 'itanlian.com', 'terradarcobaleno.com', 'test.daily8.com', 'tubegraph.vercel.app',
  'site.server489.com', 'peachpuff-narwhal-872525.hostingersite.com', 'a7.modefinds.com', 'betfredbritishmasters.com',
  'daklakonline.com', 'pt.yujiacomm.com', 'thinkwithwp.com', 'rdiframework.net', 'hknews.cc', 'bbs.aizhi.co',
  'agentpatternscatalog.org', 'conductatlas.com', 'insurence.tech', 'in-data-veritas.com', 'easycloudsolutions.com',
  'centerconsulting.com', 'startup.pk', 'elsewhere.news', 'mexc.co', 'web-origin.lbkrs.com', 'ainvest.com',
  'siliconvalleyhistorical.org', 'tatler.ru', 'xn--siprmarrsi-z7af.com', 'xn--vg1b002a.net', 'xn--2n1b69z8udca.com',
  // added by research helper (assignment A/B, 2026-11-30)
  'earezki.com', 'gist.ly', 'thenextgentechinsider.com', 'pcnewstoday.com', 'privacytracker.co.za', 'tldrtos.com',
  'privacyfetch.com', 'konsentio.com', 'docdecoder.app', 'rrsportswear.com',
  // added by source audit (2026-12-03): content farms, AI-written aggregator news and newsletters, SEO/affiliate review blogs, personal blogs
  'britainherald.com', 'theainewsdigest.com', 'marketbusinessnews.com', 'business2community.com', 'candid.technology',
  'startupcamel.com', 'thinkmobiles.com', 'outpoll.com', 'vahu.org', 'wissen.matterius.com', 'econforeverybody.com',
  'chenlu.art', 'makerpulse.ai', 'myengineeringpath.dev', 'sonusahani.com', 'dev24.it', 'techstartups.com', 'sanghyo.xyz',
  'blog.abbymartin.press', 'newsletter.devcowboy.com', 'testingcatalog.com', 'asiabusinessoutlook.com', 'webpronews.com',
  'futureparty.com',
  // added by source audit A (2026-12-03): personal blog
  'simonwillison.net',
  // AI-tool directories and wikis about AI tools
  'aiwiki.ai', 'aipedia.com', 'findaitools.site', 'preview.findailist.com', 'findailist.com', 'futurepedia.io',
  'theresanaiforthat.com', 'toolify.ai', 'aitoolnet.com', 'aitoptools.com', 'topai.tools', 'aigr.ee', 'aituts.com',
  'aiappsforauthors.com', 'brbdirectory.com', 'skills.sh', 'ai.ingbale.com', 'agent-ai-hub.tistory.com', 'fullpicture.app',
  // added by research helper (assignment A/B, 2026-11-30)
  'aiwiki.app.hub.mobint.io',
  // added by source audit (2026-12-03): dev-tool directory, unofficial API resellers/gateways and third-party docs that merely list a tool's models, API-spec directory
  'devthrottle.com', 'useapi.net', 'docs.apiyi.com', 'docs.orq.ai', 'ralph-tui.com', 'apis.apis.io',
  // scraper mirrors, encyclopedia copies, document dumps
  'grokipedia.com', 'encycloreader.org', 'namu.moe', 'dark.namu.moe', 'm.namu.moe', 'wikiwand.com', 'iiab.me',
  'image.absoluteastronomy.com', 'docslib.org', 'scribd.com', 'dochub.com', 'githubissues.com', 'pressreader.com',
  'live.rosed.eu.org', 'bogorad.newsblur.com', 'ar5iv.labs.arxiv.org', 'annual-statements.com', 'news.zumst.com',
  'cdn.financialreports.eu', 'financialreports.eu', 'urlscan.io', 'diffchecker.com',
  'cinxe.com', 'webot.org', 'wonilvalve.com', 'hugingapi.com', 'anonyproxies.com', 'goskope.com',
  // added by research helper (assignment A/B, 2026-11-30)
  'vuink.com', 'blakeir.com', 'lovableai.pages.dev', 'lovable.pengi.ai', 'muon-booking-platform.vercel.app',
  'sporto.com.br', 'thebroodleaf.pages.dev', 'cficorporations.com', 'klingai2.org', 'm.turbidity.top', 'readkong.com',
  'tech-zero-news.com', 'hataftech.com', 'myworldfix.com', 'sipoch.com', 'hacktech.info', 'slacker-news.fly.dev',
  'tapeen.udalenka.host', 'swe-vps.kot1grun.ru', 'hn.masterscheme.cn', 'notion-proxy.senuto.com', 'tudornotes.com',
  'boyslove-folie.fr', 'jessy.io', 'mt-ai.org', 'gjolwiki.com', 'protagonistanews.com.br',
  // proxies and translation gateways
  'fanyv88.com', 'translate.goog', 'webcache.googleusercontent.com', 'archive.ph', 'archive.today',
  // added by research helper (assignment A/B, 2026-11-30)
  'archive.is', 'webkkk.net', 'jpshuntong.com', 'tinyoneway3.top',
  // added by research helper (assignment Q–Z + new tools): proxies/mirrors, scraper copies, AI-written and SEO pages
  'bb.jaff.eu.org', 'app.altruwe.org', '192-168-1-254.me', 'oszar.com', 'rezmorena.workers.dev', 'chufeiyun1688.workers.dev',
  'zproxy.org', 'grokipedia.opelly.me', 'broth.rr.nu', 'paperai.life', 'newstrump.com', 'gamezon.net', 'gamebastion.com',
  'chuteiranews.com', 'ainews.cool', 'aitoearn.ai', 'postclic.com', 'cancelatlas.com', 'aimusic.so', 'finechat.ai',
  'metalandbattlefields.com', 'worldbreakingnews.co.uk', 'onemiconevoice.com', 'bestai.com', 'allaboutme.in',
  'aioptimistic.com', 'b-solution.site', 'justghostit.com', 'nkredir.com', 'downcodes.com',
  // added by research helper (~60 new foreign tools): 'who owns X' SEO, scraper rewrites of news, AI-written wikis/summaries, impostor clones
  'legalclarity.org', 'ebiztoday.news', 'techbrunch.co', 'trendytop.net', 'techtost.com', 'we12free.com', '360gptech.xyz',
  'techempiresolutions.com', 'exbulletin.com', 'visualfoodie.com', 'uuaa.net', 'taxheal.com', 'wikiblah.com', 'hivebook.wiki',
  'agentwiki.org', 'aiposthub.cc', 'today24.pro', 'media.xorte.com', 'tldw.us', 'podcosmos.com', 'gptzero.cn.com',
  'en-replika.com', 'openrouter.dev', 'tactiq.co', 'bokerqi.top', 'askai.glarity.app',
  // added by research helper (content farms, AI-written aggregators, mirrors, proxies)
  'fineprinted.vercel.app', 'infosekolah.net', 'oreate.ai', 'allinoneaicenter.com', 'datastudios.org', 'haestrom.eu',
  'gist.icoder.workers.dev', 'mahanta.io', 'getclauseapp.com', 'getpageguard.com', 'hugface-5b9.pages.dev',
  'kora-show.live', 'sxfx.eu.org', 'somepic.cn', 'bworldtools.com', 'jobandnetwork.com', 'insightdigest.net',
  'nationalnewsfeed.com', 'firmsuggest.com', 'didibuyit.com', 'gsoftcomm.net', 'allaboutai.com', 'ainewsera.com',
  'dailyfluxreport.com', 'aibase.com', 'headlinez.news', 'awesomeagents.ai', 'quantumfx.trade',
  'lenny-s-podcast.pages.dev', 'knowledgesketches.com', 'azn.boats', 'genit.al', 'overviewforex.com',
  'antinasasirmalunas.online', '5iter.com', 'bombaydurpun.in', 'volkswachtbodensee.ch', 'devtoolsfeed.com',
  'tilnote.io',
  // added by research helper (ChatPDF/Phind/Taskade/Mem/JanitorAI/Mapify/SciSpace/Lovart/tl;dv round): scraper copies of news/WeChat/CSDN, AI-written guides, impostor site
  'actusduweb.com', 'comtechworld.net', 'news-buster.com', 'ts2.tech', 'janitorai.wiki', 'jishuzhan.net',
  '51haodu.com', 'pswp.cn', 'podquestai.com',
  // added by research helper (new Korean tools round): namu.wiki mirror, auto-posting scraper, AI news-summary aggregator, Daum HTML scraper
  'dark.mir.pe', 'newyongui.duckdns.org', 'kollo.kr', '11free.net',
  // added by research helper (40-new-tools round): AI-tool directories/wikis, AI-written diligence/explainer pages, news scrapers, LinkedIn mirror
  'kifox.ai', 'aiwiki.com.my', 'churchofspiralism.com', 'startup.genisisiq.com', 'whatanswers.com', 'whatanswer.pages.dev',
  'benchgecko.ai', 'explainx.ai', 'accesspath.com', 'autowritelab.com', 'dhirubhai.net', 'aitools.commongroundconsulting.ai',
  'news.fishai.com.cn',
  // added by research helper (official-source round): AI-written ToS summaries, SEC-filing and Hugging Face mirrors, proxies, impostor/scraper sites
  'thefineclause.com', 'crazytos.com', 'topaifirms.com', 'fineprintly.io', 'policyflag.com', 'fairprint.app',
  'react-notion-x-demo.transitivebullsh.it', 'ts-export.com', 'yhajoa.workers.dev', 'readit.vip', 'lepang.cn',
  'capedge.com', 'capedgeqa.com', 'docoh.com', 'q10k.com', 'hourlyfacts.com', 'huggingface.erdda.com', 'fyan.top',
  'ztoolz.io', 'stock-pik-api.com', 'memsllp.com', 'opentrouterchange.pages.dev', 'flameddd1.workers.dev',
  'higgsfieldd.com', 'deepseek-chat-app.com', 'deepseekagi.org', 'deepseekv4.space', 'dghuiermei.com.cn', 'qiusa.cn',
  'wolfsbiene.com', 'jiabeish.com', 'gokawiil.com',
  // added by research helper (big-company AI products round): AI-written system-design wikis/digests, autoposting scrapers, PHP/web proxies, spam copies of terms and filings
  'sysdesign-wiki.pages.dev', 'endigest.dev', 'sysdesai.com', 'worldofsoftware.org', 'amazncomcodee.com', 'saasgaurd.xyz',
  'suboptout.biz', 'wombatech.pages.dev', 'govskope.ca', 'infor-newsblueberry2.com', 'dublinlifering.com', 'lcusoccer.org',
  'kshay.com', 'opkand.blogg.se', 'qertyi.blogg.se', 'evolvesalondayspa.com', 'francesmacve.com', 'borregosketchbook.com',
  'charleswesley.net',
  // added by research helper (dataCountries round, foreign tools): Notion-help mirror, Slack-marketplace mirror, proxies/translation gateways, text-distorting mirror, AI-written policy explainers
  'stedmanblake.com', 'hall-photo-frame.photo-frame.com', 'rp.liu233w.com', 'hanjaro.juntong.or.kr', 'babelserver.org',
  'flemminghagedorn.com', 'nady-alshabab.com',
  // added in the status re-check round: AI-written aggregators and rewrites of other outlets' reporting
  'prism.liabooks.com', 'seo.goover.ai', 'alltoc.com', 'superintelligencedigest.com', 'therevision.co', 'dagens.com',
  'kr.advfn.com', 'terradarcobaleno.com',
  // added in the official-sources round: SEC/document mirrors, copies of vendors' terms, policy summarisers, proxies
  'q10k.com', 'docoh.com', 'quantisnow.com', 'rocketfinancial.com', 'ih.advfn.com', 'vdocuments.net', 'thinktoask.com',
  'booyah-arvin.webflow.io', 'midjourneyes.gitbook.io', 'mark-s.tistory.com', 'fineprintly.io', 'policyflag.com',
  'thefineclause.com', 'fairprint.app', 'whatdotheycollect.com', 'aitrace.org', 'tautoru.ai', 'privacygpt.lynicis.dev',
  'infopulsenow.com', 'neonpulse.today', 'allyoucantech.com', 'topaifirms.com', 'askai.glarity.app', 'webkkk.net',
  'nf-gh.072103.xyz', 'auth2.germanhotspot.de', 'd79.daegusubway.co.kr', 'it.yes1core.com', 'breezeinflow.com',
  // added by research helper (first-source audit of most-used tools): proxies/converters, AI-written rewrites and spam about vendors' terms, impostor clone sites, mirrors
  'mdsite.deno.dev', 'agentpoints.net', 'code-velocity.com', 'neurostreamlink1.lol', 'neurostreamlink2.cyou',
  'aetherfluxnode10.cyou', 'hypercorevector4.cyou', 'digitalwavehub8.cfd', 'cryptomeshforge9.lol', 'metaforgechain6.cyou',
  'pumpkinupdaterlaredo.pages.dev', 'factlen.com', 'klingmotion.org', 'klingo1.xyz', 'kling-5.com', 'kling.art', 'fluxkrea.pro',
  'epochie.com', 'grokimagineai.net', 'archive.fo', 'salvatore.rest', 'ptop.only.wip.la', 'codestin.com', 'jokerchen.me',
  'mentalok.io', 'aipolicycompare.com', 'dcmpx.remotevs.com', 'n8n-staging.truong.info', 'scw.biz', 'startupintros.com',
  'techstory.ai', 'atmes.ai',
  // added in the Korean official-sources round: web proxies of naver.com/samsung.com pages, a scraped copy of NAVER's privacy
  // policy, a Hugging Face mirror, a DART-filing mirror and a document dump
  'remotevs.com', 'ragamutama.com', 'retrosearch.org', 'sanwago.com', 'miraitalk.com', 'fever-caddy-copper5.pages.dev',
  'k5.co.kr', 'docsplayer.org', 'newspic.kr', 'e-youngwon.co.kr',
  // added in the KR/CN first-source audit: Hugging Face mirrors and proxies, impostor copies of Chinese AI products
  'ww6410.workers.dev', '492719920.workers.dev', 'icepanda.dpdns.org', 'hf.031202.xyz', 'hugflare.com',
  'gameszonehub.workers.dev', 'minimax.gr.com', 'minimaxm2.io', 'vidu-studio.com', 'deepseek.chat', 'kimi-k2.ai',
  'kimi-app.com', 'qwen3-next.org',
  // added in the remaining-sources audit: impostor Wan sites, an AI blog and a tool directory, AI-written paper digests
  // and trust scores, spam news, web proxies
  'vanitaai.com', 'aifun.cc', 'wanvideoai.org', 'wan22.app', 'wan22ai.io', 'wan-video-ai.com', 'wan-ai.tech',
  'hostingersite.com', 'news-usa.today', 'cervefest.com.mx', 'liulianshipin001.com',
  'rosadelmar.org', 'bgtconsult.ai', 'voozh.deno.dev', 'emergentmind.com', 'paperium.net', 'unfragile.ai',
  'verifywise.ai',
  // added in the models audit: AI-tool directories and AI-written rewrites
  'glbgpt.com', 'rankstudio.net', 'chaobro.com', 'aitoolsdevpro.com',
  // added by research helper (s4 sources: aiva…udio round): market-tip and aggregator sites, AI-written/spam blogs on hijacked domains, phishing clones of Meta's privacy center, scraper copies of news and wikis, SEC-filing mirrors, odd Vercel copy of vendor terms
  'caribbeannewsglobal.com', 'valuethemarkets.com', 'whitecollarvoice.com', 'thefreesheet.com', 'scribecount.com',
  'magical-tome.vercel.app', '537coffeeroaster.com', 'verication-carefb-caseus.xyz', 'lubelabels.com.au',
  'flanderseagleshikers.com', 'mymemories4ever.com', 'afegames.com', 'privacydrift.com', 'friendlywiki.com',
  'all-global-news.pages.dev', 'sergioespresso.com', 'tubenews.eu', 'occasionaldigest.com', 'ai-entrepreneurship.wiki',
  'diffsense.com', 'martingvedaliaspalaces.com', 'kastlekreations.net', 'newspla.com', 'tuerislund.dk',
  'csv-storage.forexpros.com', 'kefang.org', 'wiki3.en-us.nina.az', 'winenfood.com', 'gatenode.bid',
  // added by research helper (s4 sources round, Chinese/Asian AI entries): third-party dev docs that merely list a model, AI-written aggregators and rewrites, scraper/spam mirrors, impostor and SEO sites, odd subdomain mirror
  'docs.tray.ai', 'nango.dev', 'tanstack.com', 'docs.getbifrost.ai', 'muza-ai.eu', 'eiai.today', 'ecweb.ecer.com',
  'philiplelyveld.com', '2012olympic.hani.co.kr', 'baidu-vip.com.cn', 'baidu-sos.com.cn', 'baidu-ios.com.cn', 'ziboxinyan.com',
  'sgpjbg.com', 'youkuaiyun.com', 'likiy.net', 'currentedu365.in', 'epium.com', 'liveindex.org', 'omgsogd.com', 'wivanda.com',
  'ctol.digital', 'woter.ai', 'seemless.link', 'reportify.cn', 'luchugouyin.com', 'valimart.net', 'caiding5.cn', 'owiki.org',
  'qaz.wiki', 'messengermediaonline.com', 'tricksfast.com', 'themondonews.com', '889521.com', 'cronfeed.work', 'edgen.tech',
  'studioglobal.ai', 'chinanews.ai', 'mesoclever.com', 'forbesliberia.com', 'faq.com.tw', 'websearchapi.ai', 'manus.life',
  // added by research helper (s4 weak-sources round): AI-assisted GDPR aggregator, AMP/SEO blogs and personal blogs, scraper rewrites of news, SEO 'reference' and guide sites, AI-written rewrites, odd Vercel/Pages copies
  'infercheck.eu', 'codersera.com', 'digitaltransformation.co.kr', 'wikifiction.blogspot.com', 'adjh54.tistory.com',
  'g.dywpk.org.uk', 'euheadline.com', 'contributingtogether.com', 'zai.gr.com', 'mxelectronics.com', 'maxisdevices.com',
  'googlewhiskguide.com', 'inkeybit.pages.dev', 'ai-dev-blogs.vercel.app', 'learnaiforge.com',
  // a model router's docs: it lists what it routes to, not who runs a service (Sider's only source; entry removed)
  'docs.zenmux.ai',
  // added by research helper (s4 new-tools round: Napkin/Felo/Tabnine/Kaiber/Recraft/Mapify/Phind/Augment/tl;dv/HARPA): scraper copies and
  // machine translations of news and vendor pages, AI-written content and aggregators, spam SEO pages, GitHub/Reddit mirrors, an AI-tools directory
  'chongwucx.com', 'naisnews.com', 'sho3a3.com', 'buzzedly.com', 'mind.li', 'euno.news', 'abujaonline.info', 'blog.repithwin.com',
  'cloudzsexy.com', 'nazete.com', 'apollobookmarks.com', 'railwail.com', 'ai-partners-llc.com', 'snaplyze.cc', 'tempmail.ninja',
  'github.hk.mmd.ink', 'gh.p.csz.net', 'github-mirror.gooney.fun', 'github.kazgu.com', 'proxy-github.8claws.cn', 'reddit.adminforge.de',
  'letscout.com', '0x3d.site', 'mengxiangshuo.com',
  // added by research helper (s6 weak-sources round): reprint/baike and WeChat/NetEase/36kr mirrors, AI-rewritten copies, GitHub/HF/docs mirrors,
  // an impostor Mistral site and an impostor Notta reseller, AI-written/SEO explainers, a clickbait rewrite of a CEO's post
  'baike.8red.cn', 'digipub.cc', 'andyzhk.azurewebsites.net', 'dignews.cc', 'freewechat.com', 'yangda.vip', '2090ai.com', 'aa398.cn',
  'github.heygears.com', 'hk.jiaoweilu.com', 'hf.chatfire.cc', 'docs.aicora.ru', 'mistralai-france.com', 'notta.top', 'callsphere.ai',
  'adwaitx.com', 'neican.ai', 'ai-front-trend.jp', 'theamericantribune.com',
  // added by research helper (s6 foreign-coverage round): scraper/spun copies of TechCrunch, The Verge, Fast Company and FT, AI-written
  // articles and summaries, GitHub/HN/web-archive mirrors and proxies, an impostor app policy, AI tool directories and vendor explainers
  'mycoding.id', 'unitedstate24.com', 'smarttechworld.top', 'wazupnaija.com', 'commstrader.com', 'summhub.com',
  'theindie-feed.pages.dev', 'hashnode-hub.vercel.app', 'github.pluskevin.com', 'newsnetdaily.com', 'neosmart.ai',
  'theelitetimes.com', 'westsidepeoplemag.com', 'consentstack.io', 'privacy-policy-pippit.blogspot.com', 'koineu.com',
  'movatter.jp', 'easyfinder.store', 'starlog.pages.dev', 'eatsip365.com', 'recaptcha-demo-service-low.global.ssl.fastly.net',
  'azeesystems.com', 'inscrypted.com', 'reposhub.com', 'toolkitfusion.com', 'podmine.ai', 'audioscrape.com',
  'productmanagement.confabulatory.net', '01joy.com', 'stealingfire.cc', 'thewatsonlawfirm.org', 'techio.co', 'stateofai.pages.dev',
  // added by research helper (s6 korean-coverage round): a namu.wiki mirror, GitHub/GitHub-wiki mirrors, a web proxy
  'readonly.wiki', 'github.lovairy.cn', 'github-wiki-see.page', 'gitea.cbiz.kubepia.net', 'proxy.nowhereincoming.net',
  'a.dukovany.cz',
  // added by source audit part 2 (2026-12-03): AI-written/blog rewrites of Google Labs news, a translation-plugin vendor's SEO blog,
  // third-party agent/eval docs that merely list a platform's models, an AI gateway and an unofficial API gateway, ToS;DR copies of
  // vendors' policies, a forum rewrite of news, an Italian blog rewrite of Wired
  'gadgetbond.com', 'lair.media', 'linguise.com', 'docs.openclaw.ai', 'promptfoo.dev', 'portkey.ai', 'lowcodeapi.com',
  'tosdr.org', 'tugatech.com.pt', 'mediatrends.it',
  // seen while auditing (2026-12-03): copies and rewrites of other outlets' news about AI companies
  'xinmeiw.com', 'bytebriefly.com', 'coindest.com', 'newzone.eu', 'iceloungemedia.com',
];

const BLOCKED = new Set(BLOCKED_SOURCE_DOMAINS);

/** Is this URL on a never-acceptable domain (or one of its subdomains), or a bare IP address? */
export function isBlockedSource(url: string): boolean {
  let host: string;
  try {
    // "example.com." is example.com by DNS: the trailing dot must not get a blocked site past the list.
    host = new URL(url).hostname.toLowerCase().replace(/\.$/, '').replace(/^www\./, '');
  } catch {
    return true;
  }
  if (/^\d+(\.\d+){3}$/.test(host) || host.startsWith('[')) return true;
  const labels = host.split('.');
  for (let i = 0; i < labels.length - 1; i++) if (BLOCKED.has(labels.slice(i).join('.'))) return true;
  return false;
}
