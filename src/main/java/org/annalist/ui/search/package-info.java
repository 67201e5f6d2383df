/** 在出版物中查找: a string searched in every item of a publication, hits listed by 类目 and item, opened in the editor. */
package org.annalist.ui.search;
