package vn.nq57.sync.console;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The console's language: Vietnamese unless the user chose English with {@code ?lang=en}, which a
 * cookie remembers for a year ({@code ?lang=vi} switches back). Other languages are not offered.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleWebConfiguration implements WebMvcConfigurer {

  static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  @Bean
  LocaleResolver localeResolver() {
    CookieLocaleResolver resolver = new CookieLocaleResolver("nq57-lang");
    resolver.setDefaultLocale(VIETNAMESE);
    resolver.setCookieMaxAge(Duration.ofDays(365));
    resolver.setCookieHttpOnly(true);
    resolver.setCookieSameSite("Lax");
    return resolver;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    LanguageSwitch change = new LanguageSwitch();
    change.setParamName("lang");
    registry.addInterceptor(change).addPathPatterns("/console", "/console/**", "/login");
  }

  /** Changes the language only to one the console speaks; another value is ignored. */
  static final class LanguageSwitch extends LocaleChangeInterceptor {
    @Override
    public boolean preHandle(
        HttpServletRequest request, HttpServletResponse response, Object handler)
        throws ServletException {
      String lang = request.getParameter(getParamName());
      return lang == null || "vi".equals(lang) || "en".equals(lang)
          ? super.preHandle(request, response, handler)
          : true;
    }
  }
}
