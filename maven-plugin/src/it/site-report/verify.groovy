// mvn site wrote Leakproof's page into the site and linked it from the site's own pages.
def site = new File(basedir, 'target/site')
def page = new File(site, 'leakproof.html')
assert page.isFile() : 'no target/site/leakproof.html'
assert page.text.contains('id="rule-StringConcatInLoop"')
assert page.text.contains('src/main/java/example/Report.java')
def linking = site.listFiles().findAll { it.name.endsWith('.html') && it.name != 'leakproof.html' }
    .findAll { it.text.contains('href="leakproof.html"') }
assert !linking.isEmpty() : 'no site page links the Leakproof report'
return true
