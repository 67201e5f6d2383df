#!/usr/bin/env python3
"""Builds web-article-nanjiang.html from the seed text archive/seeds/web-article-nanjiang-cppcc-2024.txt (text
copied from the web page), wrapped as the site serves it: GBK with a meta charset, a script and a style, the
site's menu in a <nav>, breadcrumbs, share and print buttons, 上一篇/下一篇, a footer with copyright and contact.
The .docx twin is written by LibreOffice from the .html (a third-party writer):
    soffice --headless --convert-to docx:"MS Word 2007 XML" web-article-nanjiang.html
Run from this folder: python3 make-fixtures.py ../../../../../../../archive/seeds/web-article-nanjiang-cppcc-2024.txt
"""
import html, re, sys

lines = [l.strip() for l in open(sys.argv[1], encoding='utf-8').read().splitlines() if l.strip()]
masthead, contact, crumbs, title, byline = lines[:5]
end = next(i for i, l in enumerate(lines) if l.endswith('供稿)'))
body = lines[5:end]
tail = lines[end:end + 2]                                    # (南江县政协供稿) (责编:张若涵)
prev, nxt = [l for l in lines if l.startswith(('上一篇', '下一篇'))]
disclaimer = lines[lines.index('人民周刊网版权及免责声明:'):-1]   # heading and its numbered clauses
footer_contact = lines[-1]
e = html.escape
out = ['<!DOCTYPE html>', '<html lang="zh-CN">', '<head>',
       '<meta http-equiv="Content-Type" content="text/html; charset=gbk">',
       '<title>%s-人民周刊网</title>' % e(title),
       '<style>body{font:14px/1.8 "宋体"} .menu a{margin:0 8px} .share{color:#999}</style>',
       '<script>var _hmt = _hmt || []; document.write("<div>广告</div>");</script>',
       '</head>', '<body>',
       '<div class="top"><div class="masthead">%s</div>' % e(masthead),
       '<div class="contact">010-65363526<a href="mailto:rmzk001@163.com">rmzk001@163.com</a></div></div>',
       '<nav class="menu"><a href="/">首页</a> | <a href="/rmsd/">人民视点</a> | <a href="/zxlt/">政协论坛</a>'
       ' | <a href="/wsty/">文史天地</a> | <a href="/lxwm/">联系我们</a></nav>',
       '<div class="crumbs"><a href="/">首页</a> &gt; <a href="/rmsd/">人民视点</a> &gt; 正文</div>',
       '<div class="article">',
       '<h1>%s</h1>' % e(title),
       '<div class="info">%s&nbsp;&nbsp;&nbsp;&nbsp;%s</div>' % tuple(e(x) for x in re.split(r'\s{2,}', byline, 1)),
       '<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>',
       '<div class="content">']
for p in body:
    if re.match(r'^[一二三四五六七八九十]+、', p):
        out.append('<p><strong>%s</strong></p>' % e(p))
    else:
        out.append('<p>　　%s</p>' % e(p))
out.append('<p>%s</p>' % e(tail[0]))
out += ['</div>', '<p class="editor">%s</p>' % e(tail[1]),
        '<div class="tools"><a href="javascript:window.print()">【打印】</a><a href="javascript:window.close()">【关闭】</a></div>',
        '<div class="tags">相关热词搜索:</div>',
        '<ul class="prevnext"><li><a href="/rmsd/1.html">%s</a></li><li><a href="/rmsd/3.html">%s</a></li></ul>' % (e(prev), e(nxt)),
        '</div>',
        '<footer><div class="disclaimer"><h4>%s</h4>' % e(disclaimer[0])]
out += ['<p>%s</p>' % e(c) for c in disclaimer[1:]]
out += ['</div><p>%s</p>' % e(footer_contact),
        '<p>版权所有：人民周刊杂志社 京ICP备12345678号</p></footer>',
        '<script>(function(){var s=document.createElement("script");})();</script>',
        '</body>', '</html>']
open('web-article-nanjiang.html', 'wb').write('\n'.join(out).encode('gbk'))
